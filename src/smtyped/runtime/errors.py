"""Typed SageMaker Runtime errors, each a subclass of botocore's ``ClientError``.

The runtime's error responses and the error events of a response stream share these
classes: ``except ModelError`` catches a model container's failure, ``except
ModelStreamError`` one reported in the middle of a stream (the event itself, with its
fields, is ``err.event``). All of them subclass :class:`SageMakerRuntimeError`, itself a
:class:`smtyped.errors.SageMakerError`, so one ``except`` can cover both APIs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from smtyped._streams import StreamInterrupted
from smtyped.errors import ClientError, SageMakerError, typed_error

if TYPE_CHECKING:
    from smtyped.runtime.shapes import InternalStreamFailure as InternalStreamFailureEvent
    from smtyped.runtime.shapes import ModelStreamError as ModelStreamErrorEvent

__all__ = [
    "InternalDependencyException",
    "InternalFailure",
    "InternalStreamFailure",
    "ModelError",
    "ModelNotReadyException",
    "ModelStreamError",
    "SageMakerRuntimeError",
    "ServiceUnavailable",
    "StreamInterrupted",
    "ValidationError",
    "from_client_error",
    "from_event_error",
]


class SageMakerRuntimeError(SageMakerError):
    """A SageMaker Runtime error response or error event; the base of the typed runtime errors."""


class ValidationError(SageMakerRuntimeError):
    """The request is not valid (an unknown endpoint, a body too large, ...)."""

    code = "ValidationError"


class ModelError(SageMakerRuntimeError):
    """The model container answered with an error (HTTP 424); its answer is on the error."""

    code = "ModelError"

    @property
    def original_status_code(self) -> int | None:
        """The HTTP status the model container returned."""
        value = self.response.get("OriginalStatusCode")
        return value if isinstance(value, int) else None

    @property
    def original_message(self) -> str | None:
        """What the model container said."""
        value = self.response.get("OriginalMessage")
        return value if isinstance(value, str) else None

    @property
    def log_stream_arn(self) -> str | None:
        """The CloudWatch log stream of the container's logs."""
        value = self.response.get("LogStreamArn")
        return value if isinstance(value, str) else None


class ModelNotReadyException(SageMakerRuntimeError):
    """The model is not ready to take requests yet (HTTP 429); try again later."""

    code = "ModelNotReadyException"


class InternalFailure(SageMakerRuntimeError):
    """The service failed to process the request (HTTP 500)."""

    code = "InternalFailure"


class ServiceUnavailable(SageMakerRuntimeError):
    """The service is unavailable (HTTP 503); try again."""

    code = "ServiceUnavailable"


class InternalDependencyException(SageMakerRuntimeError):
    """A service SageMaker depends on failed (HTTP 530)."""

    code = "InternalDependencyException"


class _EventError(SageMakerRuntimeError):
    """An error event of a response stream; its members are the response's other keys."""

    def _event(self) -> Any:
        # the shape of the same name as the code, loaded on first use like every shape
        from smtyped.runtime import shapes

        fields = {k: v for k, v in self.response.items() if k not in ("Error", "ResponseMetadata")}
        return getattr(shapes, str(self.code)).from_dict(fields)


class ModelStreamError(_EventError):
    """The model reported an error in the middle of a response stream (an error event)."""

    code = "ModelStreamError"

    @property
    def event(self) -> ModelStreamErrorEvent:
        """The error event, typed: its ``message`` and the model's ``error_code``."""
        event: ModelStreamErrorEvent = self._event()
        return event


class InternalStreamFailure(_EventError):
    """The stream failed for a reason on SageMaker's side (an error event)."""

    code = "InternalStreamFailure"

    @property
    def event(self) -> InternalStreamFailureEvent:
        """The error event, typed: its ``message``."""
        event: InternalStreamFailureEvent = self._event()
        return event


_BY_CODE: dict[str, type[SageMakerError]] = {
    c.code: c
    for c in (
        ValidationError,
        ModelError,
        ModelNotReadyException,
        InternalFailure,
        ServiceUnavailable,
        InternalDependencyException,
        ModelStreamError,
        InternalStreamFailure,
    )
    if c.code
}


def from_client_error(err: ClientError) -> SageMakerError:
    """The typed runtime error for a botocore ``ClientError`` (combined with botocore's own
    per-client class when botocore raised one, as :func:`smtyped.errors.from_client_error`)."""
    return typed_error(err, _BY_CODE, SageMakerRuntimeError)


def from_event_error(code: str, message: str, fields: Mapping[str, Any], operation: str) -> SageMakerError:
    """The typed error for an error event of a response stream; ``fields`` are the event's members."""
    response = {**fields, "Error": {"Code": code, "Message": message}}
    return _BY_CODE.get(code, SageMakerRuntimeError)(response, operation)
