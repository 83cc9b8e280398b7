"""A typed test double for code that uses :class:`~smtyped.SageMakerClient`.

::

    from smtyped.testing import stub

    with stub(sm) as s:
        s.describe_model_package(model_package_name="churn/3").returns(
            DescribeModelPackageOutput(model_package_name="churn/3", model_package_status="Completed")
        )
        s.describe_compilation_job(compilation_job_name="nope").raises(ResourceNotFound, "no such job")
        run_my_code(sm)

Expected arguments are the client's own keywords and responses are the generated classes,
so mypy checks both (a response of another operation is a type error). Underneath is
botocore's ``Stubber``: botocore still validates the request and the response on the wire,
calls must come in the order they were expected, and leaving the ``with`` block with
expected calls not made fails with the list of them. The async client works the same way
(stub it inside its ``async with``; the expectations are set up without ``await``).

For tests against a real endpoint instead, two pytest fixtures run moto's server on
127.0.0.1 (``pip install 'smtyped[local]'``); import them in your ``conftest.py``::

    from smtyped.testing import local_sagemaker, local_server  # noqa: F401

    def test_register(local_sagemaker):  # a SageMakerClient on a fresh, empty backend
        my_code.register_model(local_sagemaker, "churn")

``local_server`` (one :class:`smtyped.local.LocalServer` per test session) also sets
``AWS_ENDPOINT_URL`` and fake credentials for the test, so clients your code makes itself
reach the same server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from smtyped._base import Shape, omitted
from smtyped._client import BaseClient
from smtyped._convert import request_params
from smtyped._methods import request_class
from smtyped.errors import SageMakerError

__all__ = ["Expectation", "StubSession", "UnmetExpectations", "local_sagemaker", "local_server", "stub"]

R = TypeVar("R", bound=Shape)


class UnmetExpectations(AssertionError):
    """The ``with stub(...)`` block ended with expected calls that were never made."""


class Expectation(Generic[R]):
    """One expected call: say what it returns or raises."""

    def __init__(self, session: _Session, method: str, params: dict[str, Any]) -> None:
        self._session, self._method, self._params = session, method, params

    def returns(self, response: R) -> None:
        """Answer the call with ``response`` (the operation's response class).

        botocore checks the response against its model here; a rejection is raised as a
        ``ValueError`` that names the stubbed operation, the response class and what is wrong.
        """
        from botocore.exceptions import ParamValidationError

        try:
            self._session.stubber.add_response(self._method, response.to_dict(), self._params)
        except ParamValidationError as err:
            # botocore speaks of "input" and wire names; say which stubbed response it is
            report = str(err.kwargs.get("report", err)).replace("in input", "in the response")
            missing = omitted(response)
            hint = f" (omitted always-present members: {', '.join(missing)})" if missing else ""
            raise ValueError(
                f"stub of {self._method}: {type(response).__name__} is not a valid response{hint}: {report}"
            ) from None

    def raises(self, error: type[SageMakerError] | str, message: str = "", http_status: int = 400) -> None:
        """Answer the call with an error response: a typed error class or an error code."""
        code = error if isinstance(error, str) else (error.code or error.__name__)
        self._session.stubber.add_client_error(
            self._method,
            service_error_code=code,
            service_message=message,
            http_status_code=http_status,
            expected_params=self._params,
        )


class _Session:
    def __init__(self, client: BaseClient | AsyncBaseClient) -> None:
        from botocore.stub import Stubber

        if client.client is None:
            raise RuntimeError("stub the async client inside its `async with` block (it has no botocore client yet)")
        self._client = client
        self.stubber = Stubber(client.client)

    def __getattr__(self, name: str) -> Any:
        method = getattr(type(self._client), name, None)
        if name.startswith(("_", "paginate_", "wait_until_")) or not callable(method):
            raise AttributeError(f"{type(self._client).__name__} has no operation {name!r} to expect")

        def expect(**kwargs: Any) -> Expectation[Any]:
            # built as the client builds it (the converter, from the request class's description)
            params = request_params(request_class(method), name, kwargs)
            return Expectation(self, name, params)

        return expect

    def unmet(self) -> list[str]:
        queue = getattr(self.stubber, "_queue", ())
        return [f"{item['operation_name']}({item.get('expected_params') or {}})" for item in queue]


if TYPE_CHECKING:
    from smtyped._aio import AsyncBaseClient
    from smtyped._generated.stub_session import StubSession
else:
    StubSession = _Session


@contextlib.contextmanager
def stub(client: BaseClient | AsyncBaseClient) -> Iterator[StubSession]:
    """Stub ``client`` for the ``with`` block: expect calls on the yielded session."""
    session = _Session(client)
    session.stubber.activate()
    try:
        yield session  # type: ignore[misc]
        missing = session.unmet()
        if missing:
            raise UnmetExpectations(f"{len(missing)} expected calls were not made: {', '.join(missing)}")
    finally:
        session.stubber.deactivate()


# -- pytest fixtures on a local server (pytest is imported only when one is asked for) -------


def _fixtures() -> dict[str, Any]:
    import pytest

    from smtyped.local import LocalServer

    @pytest.fixture(scope="session")
    def local_server() -> Iterator[LocalServer]:
        """moto's server on 127.0.0.1 for the whole test session."""
        with LocalServer() as server:
            yield server

    @pytest.fixture
    def local_sagemaker(local_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
        """A :class:`~smtyped.SageMakerClient` on the local server, emptied first; the test's
        environment points every other AWS client there too (fake credentials, no network)."""
        from smtyped import SageMakerClient

        for key, value in local_server.env().items():
            monkeypatch.setenv(key, value)
        local_server.reset()
        yield SageMakerClient(region_name="us-east-1")

    return {"local_server": local_server, "local_sagemaker": local_sagemaker}


if TYPE_CHECKING:
    from smtyped import SageMakerClient
    from smtyped.local import LocalServer

    def local_server() -> Iterator[LocalServer]:
        """moto's server on 127.0.0.1 for the whole test session (a pytest fixture)."""

    def local_sagemaker(local_server: LocalServer) -> Iterator[SageMakerClient]:
        """A SageMakerClient on the local server, emptied first (a pytest fixture)."""

else:

    def __getattr__(name: str) -> Any:
        if name in ("local_server", "local_sagemaker"):
            made = _fixtures()
            globals().update(made)
            return made[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
