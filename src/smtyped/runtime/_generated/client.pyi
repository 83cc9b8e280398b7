# Generated stub for the module beside it. Do not edit.
# Signatures only, naming the classes of the stub-only group modules: type checkers read
# this instead of the client's method bodies.
from collections.abc import Mapping
from typing import IO, Any

from smtyped._client import BaseClient
from smtyped.runtime._generated.shapes._i import (
    InvokeEndpointAsyncOutput,
    InvokeEndpointOutput,
    InvokeEndpointWithResponseStreamOutput,
)

__all__ = ["SageMakerRuntimeClient"]

class SageMakerRuntimeClient(BaseClient):
    """Typed client for Amazon SageMaker Runtime; ``client`` is the wrapped botocore client."""

    def invoke_endpoint(
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
    ) -> InvokeEndpointOutput:
        """After you deploy a model into production using Amazon SageMaker hosting services, your
        client applications use this API to get inferences from the model hosted at the specified
        endpoint.

        Args:
            endpoint_name: The name of the endpoint that you specified when you created the
                endpoint using the CreateEndpoint API. Since 2017-11-29.
            body: Provides input data, in the format specified in the ContentType request
                header. Amazon SageMaker passes all of the data in the body to the model. Since
                2017-11-29.
            content_type: The MIME type of the input data in the request body. Since 2017-11-29.
            accept: The desired MIME type of the inference response from the model container.
                Since 2017-11-29.
            custom_attributes: Provides additional information about a request for an inference
                submitted to a model hosted at an Amazon SageMaker endpoint. The information is an
                opaque value that is forwarded verbatim. You could use this value, for example, to
                provide an ID that you can use to track a request or to provide other metadata that
                a service endpoint was programmed to process. The value must consist of no more than
                1024 visible US-ASCII characters as specified in Section 3.3.6. Field Value
                Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2018-08-29.
            target_model: The model to request for inference when invoking a multi-model
                endpoint. Since 2019-11-18.
            target_variant: Specify the production variant to send the inference request to when
                invoking an endpoint that is running two or more variants. Note that this parameter
                overrides the default behavior for the endpoint, which is to distribute the
                invocation traffic based on the variant weights. Since 2020-06-05.
            target_container_hostname: If the endpoint hosts multiple containers and is
                configured to use direct invocation, this parameter specifies the host name of the
                container to invoke. Since 2021-02-22.
            inference_id: If you provide a value, it is added to the captured data when you
                enable data capture on the endpoint. For information about data capture, see Capture
                Data. Since 2020-12-08.
            enable_explanations: An optional JMESPath expression used to override the
                EnableExplanations parameter of the ClarifyExplainerConfig API. See the
                EnableExplanations section in the developer guide for more information. Since
                2022-09-30.
            inference_component_name: If the endpoint hosts one or more inference components,
                this parameter specifies the name of inference component to invoke. Since
                2023-11-29.
            session_id: Creates a stateful session or identifies an existing one. You can do one
                of the following: Since 2024-09-09.

        Returns:
            InvokeEndpointOutput: the typed response.
        """

    def invoke_endpoint_async(
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
    ) -> InvokeEndpointAsyncOutput:
        """After you deploy a model into production using Amazon SageMaker AI hosting services, your
        client applications use this API to get inferences from the model hosted at the specified
        endpoint in an asynchronous manner. (Operation since 2021-08-18.)

        Args:
            endpoint_name: The name of the endpoint that you specified when you created the
                endpoint using the CreateEndpoint API. Since 2021-08-18.
            content_type: The MIME type of the input data in the request body. Since 2021-08-18.
            accept: The desired MIME type of the inference response from the model container.
                Since 2021-08-18.
            custom_attributes: Provides additional information about a request for an inference
                submitted to a model hosted at an Amazon SageMaker AI endpoint. The information is
                an opaque value that is forwarded verbatim. You could use this value, for example,
                to provide an ID that you can use to track a request or to provide other metadata
                that a service endpoint was programmed to process. The value must consist of no more
                than 1024 visible US-ASCII characters as specified in Section 3.3.6. Field Value
                Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2021-08-18.
            inference_id: The identifier for the inference request. Amazon SageMaker AI will
                generate an identifier for you if none is specified. Since 2021-08-18.
            input_location: The Amazon S3 URI where the inference request payload is stored.
                Since 2021-08-18.
            s3_output_path_extension: The path extension that is appended to the Amazon S3
                output path where the inference response payload is stored. Since 2026-02-20.
            filename: The filename for the inference response payload stored in Amazon S3. If
                not specified, Amazon SageMaker AI generates a filename based on the inference ID.
                Since 2026-02-20.
            request_ttl_seconds: Maximum age in seconds a request can be in the queue before it
                is marked as expired. The default is 6 hours, or 21,600 seconds. Since 2021-08-18.
            invocation_timeout_seconds: Maximum amount of time in seconds a request can be
                processed before it is marked as expired. The default is 15 minutes, or 900 seconds.
                Since 2023-01-27.
            body: Provides inline input data for the inference request, in the format specified
                in the ContentType request header. Use this parameter to send the request payload
                directly in the API call instead of uploading it to Amazon S3 and referencing it
                with InputLocation. The inline payload can be up to 128,000 bytes. Since 2026-06-12.

        Returns:
            InvokeEndpointAsyncOutput: the typed response.
        """

    def invoke_endpoint_with_response_stream(
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
    ) -> InvokeEndpointWithResponseStreamOutput:
        """Invokes a model at the specified endpoint to return the inference response as a stream. The
        inference stream provides the response payload incrementally as a series of parts. Before
        you can get an inference stream, you must have access to a model that's deployed using
        Amazon SageMaker hosting services, and the container for that model must support inference
        streaming. (Operation since 2023-08-31.)

        Args:
            endpoint_name: The name of the endpoint that you specified when you created the
                endpoint using the CreateEndpoint API. Since 2023-08-31.
            body: Provides input data, in the format specified in the ContentType request
                header. Amazon SageMaker passes all of the data in the body to the model. Since
                2023-08-31.
            content_type: The MIME type of the input data in the request body. Since 2023-08-31.
            accept: The desired MIME type of the inference response from the model container.
                Since 2023-08-31.
            custom_attributes: Provides additional information about a request for an inference
                submitted to a model hosted at an Amazon SageMaker endpoint. The information is an
                opaque value that is forwarded verbatim. You could use this value, for example, to
                provide an ID that you can use to track a request or to provide other metadata that
                a service endpoint was programmed to process. The value must consist of no more than
                1024 visible US-ASCII characters as specified in Section 3.3.6. Field Value
                Components of the Hypertext Transfer Protocol (HTTP/1.1). Since 2023-08-31.
            target_variant: Specify the production variant to send the inference request to when
                invoking an endpoint that is running two or more variants. Note that this parameter
                overrides the default behavior for the endpoint, which is to distribute the
                invocation traffic based on the variant weights. Since 2023-08-31.
            target_container_hostname: If the endpoint hosts multiple containers and is
                configured to use direct invocation, this parameter specifies the host name of the
                container to invoke. Since 2023-08-31.
            inference_id: An identifier that you assign to your request. Since 2023-08-31.
            inference_component_name: If the endpoint hosts one or more inference components,
                this parameter specifies the name of inference component to invoke for a streaming
                response. Since 2023-11-29.
            session_id: The ID of a stateful session to handle your request. Since 2024-09-09.

        Returns:
            InvokeEndpointWithResponseStreamOutput: the typed response.
        """
