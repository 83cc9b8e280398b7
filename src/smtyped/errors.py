"""Typed SageMaker errors. Each subclasses botocore's ``ClientError``.

``except ClientError`` keeps working; ``except ResourceNotFound`` is new. The
original botocore error is kept as :attr:`SageMakerError.original`, its response
as ``.response`` (as on any ``ClientError``).

Type checkers see a small stand-in for ``ClientError`` that declares ``response``
and ``operation_name``: mypy then never has to read botocore for a script that
uses smtyped, and ``err.respnse`` is an error even without botocore-stubs.
"""

from __future__ import annotations

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

else:
    from botocore.exceptions import ClientError

__all__ = [
    "ConflictException",
    "ResourceInUse",
    "ResourceLimitExceeded",
    "ResourceNotFound",
    "SageMakerError",
    "ThrottlingException",
    "ValidationError",
    "from_client_error",
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


_BY_CODE: dict[str, type[SageMakerError]] = {
    c.code: c
    for c in (
        ResourceNotFound,
        ResourceLimitExceeded,
        ResourceInUse,
        ConflictException,
        ValidationError,
        ThrottlingException,
    )
    if c.code
}


def from_client_error(err: ClientError) -> SageMakerError:
    """The typed error for a botocore ``ClientError``."""
    if isinstance(err, SageMakerError):
        return err
    code = str(err.response.get("Error", {}).get("Code", ""))
    cls = _BY_CODE.get(code, SageMakerError)
    return cls(err.response, err.operation_name, original=err)
