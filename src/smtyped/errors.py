"""Typed SageMaker errors. Each subclasses botocore's ``ClientError``.

``except ClientError`` keeps working; ``except ResourceNotFound`` is new. The
original botocore error is kept as :attr:`SageMakerError.original`, its response
as ``.response`` (as on any ``ClientError``).

Type checkers see a small stand-in for ``ClientError`` that declares ``response``
and ``operation_name``: mypy then never has to read botocore for a script that
uses smtyped, and ``err.respnse`` is an error even without botocore-stubs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    # What mypy sees of botocore's ClientError, the run-time base class. mypy skips the else
    # branch, so type-checking a script that uses smtyped never analyses botocore (with
    # botocore-stubs installed, botocore and urllib3 cost about a second of every cold run),
    # and without botocore-stubs the errors are not subclasses of Any, whose every attribute
    # (a misspelt one too) type-checks.
    class ClientError(Exception):
        response: dict[str, Any]
        operation_name: str

        def __init__(self, error_response: Any, operation_name: str) -> None: ...

    class WaiterError(Exception):
        name: str
        reason: str
        last_response: Any

        def __init__(self, name: str, reason: str, last_response: Any) -> None: ...

else:
    from botocore.exceptions import ClientError, WaiterError

from smtyped._requests import RequestTypeError
from smtyped._wire import ConversionError, MissingMemberError

__all__ = [
    "ConflictException",
    "ConversionError",
    "MissingMemberError",
    "RequestTypeError",
    "ResourceAlreadyExists",
    "ResourceFailed",
    "ResourceInUse",
    "ResourceLimitExceeded",
    "ResourceNotFound",
    "ResourceWaitError",
    "ResourceWaitTimeout",
    "SageMakerError",
    "ThrottlingException",
    "ValidationError",
    "WaiterFailure",
    "WaiterTimeout",
    "from_client_error",
    "is_not_found",
]


class SageMakerError(ClientError):
    """A SageMaker error response; the base of the typed errors (and their fallback)."""

    #: the error code this class stands for (None: any code without its own class)
    code: ClassVar[str | None] = None

    def __init__(self, error_response: Any, operation_name: str, original: ClientError | None = None) -> None:
        super().__init__(error_response, operation_name)
        self.original = original

    @property
    def error_code(self) -> str:
        return str(self.response.get("Error", {}).get("Code", ""))

    @property
    def error_message(self) -> str:
        return str(self.response.get("Error", {}).get("Message", ""))


class ResourceNotFound(SageMakerError):
    """The resource named in the request does not exist."""

    code = "ResourceNotFound"


class ResourceLimitExceeded(SageMakerError):
    """An account quota would be exceeded."""

    code = "ResourceLimitExceeded"


class ResourceAlreadyExists(SageMakerError):
    """A resource of that name already exists."""

    code = "ResourceAlreadyExists"


class ResourceInUse(SageMakerError):
    """The resource is being used by another operation."""

    code = "ResourceInUse"


class ConflictException(SageMakerError):
    """The request conflicts with the resource's current state."""

    code = "ConflictException"


class ValidationError(SageMakerError):
    """The service rejected a parameter value."""

    code = "ValidationException"


class ThrottlingException(SageMakerError):
    """Too many requests (after botocore's own retries)."""

    code = "ThrottlingException"


class SageMakerWaiterError(WaiterError):
    """A ``wait_until_*`` method ended without success: a botocore ``WaiterError`` that also
    carries ``last``, the last typed response (None when the last poll was an error)."""

    def __init__(self, name: str, reason: str, last_response: Any, last: Any = None) -> None:
        super().__init__(name=name, reason=reason, last_response=last_response)
        self.last = last


class WaiterFailure(SageMakerWaiterError):
    """The wait reached a failure state (the job failed, the resource went missing, ...)."""


class WaiterTimeout(SageMakerWaiterError):
    """``max_attempts`` polls without reaching an end state."""


class ResourceWaitError(Exception):
    """A resource's ``wait`` or ``wait_for_status`` (:mod:`smtyped.resources`) ended without
    reaching what it waited for. ``resource`` is the last typed snapshot, ``status`` its status
    (a string) and ``reason`` its failure reason, when the API gives one."""

    def __init__(self, message: str, resource: Any, status: str | None, reason: str | None) -> None:
        super().__init__(message)
        self.resource = resource
        self.status = status
        self.reason = reason


class ResourceFailed(ResourceWaitError):
    """The resource reached a failure status (``Failed``, ``CreateFailed``, ...), or ended in
    another status than the one waited for."""


class ResourceWaitTimeout(ResourceWaitError, TimeoutError):
    """``timeout`` seconds passed before the resource reached the status waited for."""


_BY_CODE: dict[str, type[SageMakerError]] = {
    c.code: c
    for c in (
        ResourceNotFound,
        ResourceLimitExceeded,
        ResourceAlreadyExists,
        ResourceInUse,
        ConflictException,
        ValidationError,
        ThrottlingException,
    )
    if c.code
}


_BOTH: dict[tuple[type, type], type[SageMakerError]] = {}


def from_client_error(err: ClientError) -> SageMakerError:
    """The typed error for a botocore ``ClientError``.

    For the codes botocore's model lists, botocore raises its own per-client class
    (``client.exceptions.ResourceNotFound``); the typed error then subclasses that class
    too, so ``except client.exceptions.ResourceNotFound`` written for boto3 still catches it.
    """
    return typed_error(err, _BY_CODE, SageMakerError)


def typed_error(
    err: ClientError, by_code: Mapping[str, type[SageMakerError]], fallback: type[SageMakerError]
) -> SageMakerError:
    """``err`` as the class ``by_code`` names for its code (``fallback`` for other codes),
    combined with botocore's own per-client class when botocore raised one."""
    if isinstance(err, SageMakerError):
        return err
    code = str(err.response.get("Error", {}).get("Code", ""))
    cls = by_code.get(code, fallback)
    modeled = type(err)
    if modeled is not ClientError and issubclass(modeled, ClientError):
        key = (cls, modeled)
        both = _BOTH.get(key)
        if both is None:
            both = _BOTH[key] = type(
                cls.__name__, (cls, modeled), {"__module__": cls.__module__, "__doc__": cls.__doc__}
            )
        cls = both
    return cls(err.response, err.operation_name, original=err)


#: what SageMaker says in a ``ValidationException`` about a resource that does not exist
_MISSING_WORDS = ("does not exist", "not found", "could not find", "cannot find", "no such")


def is_not_found(err: BaseException) -> bool:
    """Whether ``err`` says the resource in the request does not exist.

    SageMaker answers a missing resource with ``ResourceNotFound`` for some operations and
    with ``ValidationException`` for many describes (``describe_model_package``,
    ``describe_endpoint``, ``describe_training_job``, ...), the message saying what is
    missing. This checks both, so one test works across operations::

        try:
            sm.describe_endpoint(endpoint_name="churn")
        except SageMakerError as err:
            if not is_not_found(err):
                raise
    """
    if isinstance(err, ResourceNotFound):
        return True
    if isinstance(err, ValidationError):
        message = err.error_message.lower()
        return any(words in message for words in _MISSING_WORDS)
    return False
