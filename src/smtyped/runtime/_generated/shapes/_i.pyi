# Generated stub. Do not edit.
# Every shape whose name starts with "I", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from typing import IO, Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape, StreamingOutput
from smtyped._streams import EventStream, StreamingBody
from smtyped.runtime._generated.shapes._r import ResponseStream

class InternalStreamFailure(Shape):
    """The stream processing failed because of an unknown error, exception or failure. Try your request
    again.
    """

    message: Final[str | None]
    """Since 2023-08-31."""
    def __init__(
        self,
        *,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointAsyncInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint that you specified when you created the endpoint using the
    CreateEndpoint API. Since 2021-08-18.
    """
    content_type: Final[str | None]
    """The MIME type of the input data in the request body. Since 2021-08-18."""
    accept: Final[str | None]
    """The desired MIME type of the inference response from the model container. Since 2021-08-18.
    """
    custom_attributes: Final[str | None]
    """Provides additional information about a request for an inference submitted to a model hosted at
    an Amazon SageMaker AI endpoint. The information is an opaque value that is forwarded verbatim.
    You could use this value, for example, to provide an ID that you can use to track a request or
    to provide other metadata that a service endpoint was programmed to process. The value must
    consist of no more than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field
    Value Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2021-08-18. Sensitive:
    ``repr()`` shows ``'***'``.
    """
    inference_id: Final[str | None]
    """The identifier for the inference request. Amazon SageMaker AI will generate an identifier for
    you if none is specified. Since 2021-08-18.
    """
    input_location: Final[str | None]
    """The Amazon S3 URI where the inference request payload is stored. Since 2021-08-18."""
    s3_output_path_extension: Final[str | None]
    """The path extension that is appended to the Amazon S3 output path where the inference response
    payload is stored. Since 2026-02-20.
    """
    filename: Final[str | None]
    """The filename for the inference response payload stored in Amazon S3. If not specified, Amazon
    SageMaker AI generates a filename based on the inference ID. Since 2026-02-20.
    """
    request_ttl_seconds: Final[int | None]
    """Maximum age in seconds a request can be in the queue before it is marked as expired. The default
    is 6 hours, or 21,600 seconds. Since 2021-08-18.
    """
    invocation_timeout_seconds: Final[int | None]
    """Maximum amount of time in seconds a request can be processed before it is marked as expired. The
    default is 15 minutes, or 900 seconds. Since 2023-01-27.
    """
    body: Final[bytes | str | IO[bytes] | None]
    """Provides inline input data for the inference request, in the format specified in the ContentType
    request header. Use this parameter to send the request payload directly in the API call instead
    of uploading it to Amazon S3 and referencing it with InputLocation. The inline payload can be up
    to 128,000 bytes. Since 2026-06-12. Sensitive: ``repr()`` shows ``'***'``.
    """
    def __init__(
        self,
        *,
        endpoint_name: str,
        content_type: str | None = None,
        accept: str | None = None,
        custom_attributes: str | None = None,
        inference_id: str | None = None,
        input_location: str | None = None,
        s3_output_path_extension: str | None = None,
        filename: str | None = None,
        request_ttl_seconds: int | None = None,
        invocation_timeout_seconds: int | None = None,
        body: bytes | str | IO[bytes] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        content_type: str | None = ...,
        accept: str | None = ...,
        custom_attributes: str | None = ...,
        inference_id: str | None = ...,
        input_location: str | None = ...,
        s3_output_path_extension: str | None = ...,
        filename: str | None = ...,
        request_ttl_seconds: int | None = ...,
        invocation_timeout_seconds: int | None = ...,
        body: bytes | str | IO[bytes] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointAsyncOutput(OutputShape):
    """The result of ``invoke_endpoint_async`` (InvokeEndpointAsync)."""

    inference_id: Final[str | None]
    """Identifier for an inference request. This will be the same as the InferenceId specified in the
    input. Amazon SageMaker AI will generate an identifier for you if you do not specify one. Since
    2021-08-18.
    """
    output_location: Final[str | None]
    """The Amazon S3 URI where the inference response payload is stored. Since 2021-08-18."""
    failure_location: Final[str | None]
    """The Amazon S3 URI where the inference failure response payload is stored. Since 2023-04-04.
    """
    def __init__(
        self,
        *,
        inference_id: str | None = None,
        output_location: str | None = None,
        failure_location: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_id: str | None = ...,
        output_location: str | None = ...,
        failure_location: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint that you specified when you created the endpoint using the
    CreateEndpoint API. Since 2017-11-29.
    """
    body: Final[bytes | str | IO[bytes]]
    """Provides input data, in the format specified in the ContentType request header. Amazon SageMaker
    passes all of the data in the body to the model. Since 2017-11-29. Sensitive: ``repr()`` shows
    ``'***'``.
    """
    content_type: Final[str | None]
    """The MIME type of the input data in the request body. Since 2017-11-29."""
    accept: Final[str | None]
    """The desired MIME type of the inference response from the model container. Since 2017-11-29.
    """
    custom_attributes: Final[str | None]
    """Provides additional information about a request for an inference submitted to a model hosted at
    an Amazon SageMaker endpoint. The information is an opaque value that is forwarded verbatim. You
    could use this value, for example, to provide an ID that you can use to track a request or to
    provide other metadata that a service endpoint was programmed to process. The value must consist
    of no more than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field Value
    Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2018-08-29. Sensitive:
    ``repr()`` shows ``'***'``.
    """
    target_model: Final[str | None]
    """The model to request for inference when invoking a multi-model endpoint. Since 2019-11-18."""
    target_variant: Final[str | None]
    """Specify the production variant to send the inference request to when invoking an endpoint that
    is running two or more variants. Note that this parameter overrides the default behavior for the
    endpoint, which is to distribute the invocation traffic based on the variant weights. Since
    2020-06-05.
    """
    target_container_hostname: Final[str | None]
    """If the endpoint hosts multiple containers and is configured to use direct invocation, this
    parameter specifies the host name of the container to invoke. Since 2021-02-22.
    """
    inference_id: Final[str | None]
    """If you provide a value, it is added to the captured data when you enable data capture on the
    endpoint. For information about data capture, see Capture Data. Since 2020-12-08.
    """
    enable_explanations: Final[str | None]
    """An optional JMESPath expression used to override the EnableExplanations parameter of the
    ClarifyExplainerConfig API. See the EnableExplanations section in the developer guide for more
    information. Since 2022-09-30.
    """
    inference_component_name: Final[str | None]
    """If the endpoint hosts one or more inference components, this parameter specifies the name of
    inference component to invoke. Since 2023-11-29.
    """
    session_id: Final[str | None]
    """Creates a stateful session or identifies an existing one. You can do one of the following: Since
    2024-09-09.
    """
    def __init__(
        self,
        *,
        endpoint_name: str,
        body: bytes | str | IO[bytes],
        content_type: str | None = None,
        accept: str | None = None,
        custom_attributes: str | None = None,
        target_model: str | None = None,
        target_variant: str | None = None,
        target_container_hostname: str | None = None,
        inference_id: str | None = None,
        enable_explanations: str | None = None,
        inference_component_name: str | None = None,
        session_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        body: bytes | str | IO[bytes] = ...,
        content_type: str | None = ...,
        accept: str | None = ...,
        custom_attributes: str | None = ...,
        target_model: str | None = ...,
        target_variant: str | None = ...,
        target_container_hostname: str | None = ...,
        inference_id: str | None = ...,
        enable_explanations: str | None = ...,
        inference_component_name: str | None = ...,
        session_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointOutput(StreamingOutput):
    """The result of ``invoke_endpoint`` (InvokeEndpoint). Use it in a ``with`` block: leaving it
    closes the connection.
    """

    body: Final[StreamingBody]
    """Includes the inference provided by the model. Since 2017-11-29. Sensitive: ``repr()`` shows
    ``'***'``.
    """
    content_type: Final[str | None]
    """The MIME type of the inference returned from the model container. Since 2017-11-29."""
    invoked_production_variant: Final[str | None]
    """Identifies the production variant that was invoked. Since 2017-11-29."""
    custom_attributes: Final[str | None]
    """Provides additional information in the response about the inference returned by a model hosted
    at an Amazon SageMaker endpoint. The information is an opaque value that is forwarded verbatim.
    You could use this value, for example, to return an ID received in the CustomAttributes header
    of a request or other metadata that a service endpoint was programmed to produce. The value must
    consist of no more than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field
    Value Components of the Hypertext Transfer Protocol (HTTP/1.1). If the customer wants the custom
    attribute returned, the model must set the custom attribute to be included on the way back.
    Since 2018-08-29. Sensitive: ``repr()`` shows ``'***'``.
    """
    new_session_id: Final[str | None]
    """If you created a stateful session with your request, the ID and expiration time that the model
    assigns to that session. Since 2024-09-09.
    """
    closed_session_id: Final[str | None]
    """If you closed a stateful session with your request, the ID of that session. Since 2024-09-09.
    """
    def __init__(
        self,
        *,
        body: StreamingBody,
        content_type: str | None = None,
        invoked_production_variant: str | None = None,
        custom_attributes: str | None = None,
        new_session_id: str | None = None,
        closed_session_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        body: StreamingBody = ...,
        content_type: str | None = ...,
        invoked_production_variant: str | None = ...,
        custom_attributes: str | None = ...,
        new_session_id: str | None = ...,
        closed_session_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointWithResponseStreamInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint that you specified when you created the endpoint using the
    CreateEndpoint API. Since 2023-08-31.
    """
    body: Final[bytes | str | IO[bytes]]
    """Provides input data, in the format specified in the ContentType request header. Amazon SageMaker
    passes all of the data in the body to the model. Since 2023-08-31. Sensitive: ``repr()`` shows
    ``'***'``.
    """
    content_type: Final[str | None]
    """The MIME type of the input data in the request body. Since 2023-08-31."""
    accept: Final[str | None]
    """The desired MIME type of the inference response from the model container. Since 2023-08-31.
    """
    custom_attributes: Final[str | None]
    """Provides additional information about a request for an inference submitted to a model hosted at
    an Amazon SageMaker endpoint. The information is an opaque value that is forwarded verbatim. You
    could use this value, for example, to provide an ID that you can use to track a request or to
    provide other metadata that a service endpoint was programmed to process. The value must consist
    of no more than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field Value
    Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2023-08-31. Sensitive:
    ``repr()`` shows ``'***'``.
    """
    target_variant: Final[str | None]
    """Specify the production variant to send the inference request to when invoking an endpoint that
    is running two or more variants. Note that this parameter overrides the default behavior for the
    endpoint, which is to distribute the invocation traffic based on the variant weights. Since
    2023-08-31.
    """
    target_container_hostname: Final[str | None]
    """If the endpoint hosts multiple containers and is configured to use direct invocation, this
    parameter specifies the host name of the container to invoke. Since 2023-08-31.
    """
    inference_id: Final[str | None]
    """An identifier that you assign to your request. Since 2023-08-31."""
    inference_component_name: Final[str | None]
    """If the endpoint hosts one or more inference components, this parameter specifies the name of
    inference component to invoke for a streaming response. Since 2023-11-29.
    """
    session_id: Final[str | None]
    """The ID of a stateful session to handle your request. Since 2024-09-09."""
    def __init__(
        self,
        *,
        endpoint_name: str,
        body: bytes | str | IO[bytes],
        content_type: str | None = None,
        accept: str | None = None,
        custom_attributes: str | None = None,
        target_variant: str | None = None,
        target_container_hostname: str | None = None,
        inference_id: str | None = None,
        inference_component_name: str | None = None,
        session_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        body: bytes | str | IO[bytes] = ...,
        content_type: str | None = ...,
        accept: str | None = ...,
        custom_attributes: str | None = ...,
        target_variant: str | None = ...,
        target_container_hostname: str | None = ...,
        inference_id: str | None = ...,
        inference_component_name: str | None = ...,
        session_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InvokeEndpointWithResponseStreamOutput(StreamingOutput):
    """The result of ``invoke_endpoint_with_response_stream`` (InvokeEndpointWithResponseStream). Use
    it in a ``with`` block: leaving it closes the connection.
    """

    body: Final[EventStream[ResponseStream]]
    """A stream of payload parts. Each part contains a portion of the response for a streaming
    inference request. Since 2023-08-31.
    """
    content_type: Final[str | None]
    """The MIME type of the inference returned from the model container. Since 2023-08-31."""
    invoked_production_variant: Final[str | None]
    """Identifies the production variant that was invoked. Since 2023-08-31."""
    custom_attributes: Final[str | None]
    """Provides additional information in the response about the inference returned by a model hosted
    at an Amazon SageMaker endpoint. The information is an opaque value that is forwarded verbatim.
    You could use this value, for example, to return an ID received in the CustomAttributes header
    of a request or other metadata that a service endpoint was programmed to produce. The value must
    consist of no more than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field
    Value Components of the Hypertext Transfer Protocol (HTTP/1.1). If the customer wants the custom
    attribute returned, the model must set the custom attribute to be included on the way back.
    Since 2023-08-31. Sensitive: ``repr()`` shows ``'***'``.
    """
    def __init__(
        self,
        *,
        body: EventStream[ResponseStream],
        content_type: str | None = None,
        invoked_production_variant: str | None = None,
        custom_attributes: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        body: EventStream[ResponseStream] = ...,
        content_type: str | None = ...,
        invoked_production_variant: str | None = ...,
        custom_attributes: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
