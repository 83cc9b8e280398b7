"""The hand-written half of the client: construction, calls, pages, errors."""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Generic, Literal, Protocol, TypeVar, Union, overload

from smtyped._base import OutputShape, Shape
from smtyped._convert import item_reader, request_params
from smtyped._methods import LazyClient
from smtyped._requests import whole
from smtyped.errors import ClientError, WaiterFailure, WaiterTimeout, from_client_error

__all__ = ["BaseClient", "BotocoreClient", "BotocoreConfig", "Pages"]

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R", bound="OutputShape")


def botocore_session() -> Any:
    """``botocore.session``, imported on first use (``import smtyped`` does not load botocore)."""
    return import_on_fresh_stack("botocore.session")


def import_on_fresh_stack(name: str) -> Any:
    """The module ``name``, imported the first time on a short-lived thread of its own.

    CPython 3.11 keeps frames in 16 KiB chunks and frees a chunk whenever the frame that
    opened it returns. Imported from a caller's stack at an unlucky depth, the regular
    expressions urllib3 compiles while botocore loads straddle a chunk boundary, and the
    process maps and unmaps a chunk some 3,000 times: 14 ms, more than the rest of smtyped's
    import, and at top level in a script, exactly where ``SageMakerClient(...)`` is usually
    written. A new thread's stack starts empty, so the import costs the same at every depth.
    An import that fails is raised in the caller's thread, as a plain import would be.
    """
    module = sys.modules.get(name)
    if module is not None:
        return module

    def load() -> None:
        try:
            importlib.import_module(name)
        except BaseException:  # raised again below, in the caller's thread
            pass

    loader = threading.Thread(target=load, name=f"smtyped-import-{name}")
    loader.start()
    loader.join()
    return importlib.import_module(name)


class BotocoreClient(Protocol):
    """What smtyped needs of a botocore (or boto3) SageMaker client; every operation is there too."""

    meta: Any

    def can_paginate(self, operation_name: str) -> bool: ...

    def get_paginator(self, operation_name: str) -> Any: ...

    def __getattr__(self, name: str) -> Any: ...


class BotocoreConfig(Protocol):
    """``botocore.config.Config`` (a plain dict is not one: botocore would reject it at run time)."""

    def merge(self, other_config: Any) -> Any: ...


class _BotocoreSession(Protocol):
    def create_client(self, service_name: str, *args: Any, **kwargs: Any) -> Any: ...


class _Boto3Session(Protocol):
    def client(self, service_name: str, *args: Any, **kwargs: Any) -> Any: ...


#: a ``botocore.session.Session`` or a ``boto3.session.Session``
Session = Union[_BotocoreSession, _Boto3Session]


class BaseClient(LazyClient):
    """Wraps a botocore client; signing, retries, endpoints and validation stay botocore's.

    The generated methods load by kind on first use (:mod:`smtyped._methods`)."""

    #: botocore's name of the service this client calls (``"sagemaker-metrics"``)
    service_name: ClassVar[str] = "sagemaker"
    #: method -> (input token, output token, limit key, result key) of each operation that pages
    #: (each generated client sets it from botocore's paginator model)
    _PAGING: ClassVar[dict[str, tuple[str, str, str | None, str]]] = {}

    @staticmethod
    def _typed_error(err: ClientError) -> Exception:
        """The service's typed error for a botocore ``ClientError`` (each generated client sets its own)."""
        return from_client_error(err)

    def __init__(
        self,
        *,
        client: BotocoreClient | None = None,
        session: Session | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: BotocoreConfig | None = None,
    ) -> None:
        """Wrap ``client``, or make one from ``session`` (boto3 or botocore; default: a new botocore session).

        ``region_name``, ``endpoint_url`` and ``config`` (a ``botocore.config.Config``) are
        passed to botocore untouched.
        """
        if config is not None and not hasattr(config, "merge"):
            raise TypeError(
                f"config= must be a botocore.config.Config, not {type(config).__name__}: "
                "Config(retries={'max_attempts': 3}), from botocore.config import Config"
            )
        if client is not None:
            if any(x is not None for x in (session, region_name, endpoint_url, config)):
                raise TypeError("pass either client= or session=/region_name=/endpoint_url=/config=, not both")
        else:
            if session is None:
                # imported by name: mypy follows import statements even inside functions
                session = botocore_session().get_session()
            kwargs = {"region_name": region_name, "endpoint_url": endpoint_url, "config": config}
            if hasattr(session, "create_client"):  # botocore.session.Session
                client = session.create_client(self.service_name, **kwargs)
            elif hasattr(session, "client"):  # boto3.session.Session
                client = session.client(self.service_name, **kwargs)
            else:
                raise TypeError(f"session= must be a boto3 or botocore session, not {type(session).__name__}")
        name = getattr(getattr(getattr(client, "meta", None), "service_model", None), "service_name", self.service_name)
        if name != self.service_name:
            raise TypeError(f"client= must be a {self.service_name!r} client, not {name!r}")
        #: the wrapped botocore client, for anything smtyped does not wrap
        self.client: BotocoreClient = client
        self._session = session  # None when given client=: companion() then borrows its credentials

    def companion(self, service: str) -> Any:
        """A botocore client of another service (``"logs"``) with this client's session (or,
        made from ``client=``, its credentials), region and config. Its endpoint is botocore's
        default for that service (``AWS_ENDPOINT_URL`` and the config file apply), never this
        client's ``endpoint_url``, which names a SageMaker endpoint."""
        meta = self.client.meta
        kwargs: dict[str, Any] = {"region_name": meta.region_name, "config": meta.config}
        session = self._session
        if session is None:
            session = botocore_session().get_session()
            signer = getattr(self.client, "_request_signer", None)
            credentials = getattr(signer, "_credentials", None)
            if credentials is not None:
                frozen = credentials.get_frozen_credentials()
                kwargs.update(
                    aws_access_key_id=frozen.access_key,
                    aws_secret_access_key=frozen.secret_key,
                    aws_session_token=frozen.token,
                )
        if hasattr(session, "create_client"):
            return session.create_client(service, **kwargs)
        return session.client(service, **kwargs)

    def _op(
        self, method: str, request_cls: type[Shape], result_cls: type[R], request: Any, kwargs: dict[str, Any]
    ) -> R:
        """What every operation method does: its request (``request`` or the keywords) built
        and checked by the converter, the call, the typed result."""
        if request is not None:
            kwargs = whole(request_cls, request, method, kwargs)
        return result_cls._from_wire(self._call(method, request_params(request_cls, method, kwargs)))

    def _paginate(
        self,
        method: str,
        request_cls: type[Shape],
        result_cls: type[R],
        key: str,
        kwargs: dict[str, Any],
        page_size: int | None,
        max_items: int | None,
        starting_token: str | None,
    ) -> Pages[Any, R]:
        """What every ``paginate_<method>`` does: the items of ``key`` across the pages."""
        params = request_params(request_cls, f"paginate_{method}", kwargs)
        return Pages(
            lambda: self._pages(
                method, params, page_size=page_size, max_items=max_items, starting_token=starting_token
            ),
            key,
            item_reader(result_cls, key),
            result_cls._from_wire,
            max_items,
        )

    @overload
    def _wait_until(
        self,
        waiter: str,
        method: str,
        request_cls: type[Shape],
        result_cls: type[R],
        kwargs: dict[str, Any],
        delay: float | None,
        max_attempts: int | None,
        on_poll: Callable[[Any], object] | None,
        gone: Literal[False] = False,
    ) -> R: ...

    @overload
    def _wait_until(
        self,
        waiter: str,
        method: str,
        request_cls: type[Shape],
        result_cls: type[R],
        kwargs: dict[str, Any],
        delay: float | None,
        max_attempts: int | None,
        on_poll: Callable[[Any], object] | None,
        *,
        gone: Literal[True],
    ) -> None: ...

    def _wait_until(
        self,
        waiter: str,
        method: str,
        request_cls: type[Shape],
        result_cls: type[R],
        kwargs: dict[str, Any],
        delay: float | None,
        max_attempts: int | None,
        on_poll: Callable[[Any], object] | None,
        gone: bool = False,
    ) -> R | None:
        """What every ``wait_until_<waiter>`` does: poll ``method`` as botocore's waiter says;
        the last result, or None for a waiter whose success is the resource being ``gone``."""
        params = request_params(request_cls, f"wait_until_{waiter}", kwargs)
        last = self._wait(waiter, method, params, result_cls._from_wire, delay, max_attempts, on_poll)
        return None if gone else last

    def _call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = getattr(self.client, method)(**params)
        except ClientError as err:
            raise self._typed_error(err) from err
        return result

    def _pages(
        self,
        method: str,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Pages of an operation, fetched lazily: botocore's paginator where the installed botocore has
        one, else the tokens of ``_PAGING`` (an operation newer than that botocore, or one it does
        not page)."""
        try:
            if self.client.can_paginate(method):
                paginator = self.client.get_paginator(method)
                yield from paginator.paginate(
                    **params, PaginationConfig=pagination_config(page_size, max_items, starting_token)
                )
                return
            tokens = self._PAGING[method]
            params = first_request(method, params, page_size, starting_token, tokens)
            while True:
                page: dict[str, Any] = getattr(self.client, method)(**params)
                yield page
                token = page.get(tokens[1])
                if not token:
                    return
                params[tokens[0]] = token
        except ClientError as err:
            raise self._typed_error(err) from err

    def _wait(
        self,
        waiter: str,
        method: str,
        params: dict[str, Any],
        convert: Callable[[Any], Any],
        delay: float | None,
        max_attempts: int | None,
        on_poll: Callable[[Any], object] | None,
    ) -> Any:
        """Poll ``method`` as botocore's waiter ``waiter`` says (its delay, attempts and acceptors,
        matched by botocore's own matcher functions), converting each response."""
        config = self.client.get_waiter(waiter).config
        pause, attempts = waiter_settings(config, delay, max_attempts)
        call = getattr(self.client, method)
        raw: dict[str, Any] = {}
        last: Any = None
        for attempt in range(1, attempts + 1):
            failed: ClientError | None = None
            try:
                raw = call(**params)
            except ClientError as err:
                raw, failed = err.response, err
            else:
                last = convert(raw)
                if on_poll is not None:
                    on_poll(last)
            if waiter_ended(config, waiter, raw, failed, last):
                return None if failed is not None else last
            if attempt < attempts:
                time.sleep(pause)
        raise WaiterTimeout(waiter, f"no end state after {attempts} polls", raw, last)

    def __repr__(self) -> str:
        region = getattr(getattr(self.client, "meta", None), "region_name", None)
        return f"{type(self).__name__}(region_name={region!r})"


class Pages(Generic[T, P]):
    """The result of a ``paginate_*`` method: iterate it for the items across all pages, or
    call :meth:`pages` for whole typed pages (each with its ``next_token``).

    Pages are fetched lazily, one request at a time. ``max_items`` stops after that many
    items; ``starting_token`` resumes where an earlier page's ``next_token`` left off.
    """

    def __init__(
        self,
        fetch: Callable[[], Iterator[dict[str, Any]]],
        key: str,
        item: Callable[[Any], T] | None,
        page: Callable[[Mapping[str, Any]], P],
        max_items: int | None = None,
    ) -> None:
        self._fetch, self._key, self._item, self._page, self._max = fetch, key, item, page, max_items
        self._items: Iterator[T] | None = None

    def _all_items(self) -> Iterator[T]:
        count = 0
        for raw in self._fetch():
            for value in raw.get(self._key) or ():
                if self._max is not None and count >= self._max:
                    return
                count += 1
                yield value if self._item is None else self._item(value)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._items is None:
            self._items = self._all_items()
        return next(self._items)

    def pages(self) -> Iterator[P]:
        """Each page as the operation's typed response (a fresh run of requests)."""
        for raw in self._fetch():
            yield self._page(raw)


def _status(raw: Mapping[str, Any]) -> str:
    """The ``...Status`` members of a response, for a waiter's failure message."""
    found = [f"{k}={v}" for k, v in raw.items() if k.endswith("Status") and isinstance(v, str)]
    reason = raw.get("FailureReason")
    return ", ".join(found + ([f"FailureReason={reason!r}"] if reason else [])) or "no status"


# -- shared by the sync and the async client ------------------------------------------------


def pagination_config(page_size: int | None, max_items: int | None, starting_token: str | None) -> dict[str, Any]:
    """botocore's ``PaginationConfig`` from the keywords of a ``paginate_*`` method."""
    config = {"PageSize": page_size, "MaxItems": max_items, "StartingToken": starting_token}
    return {k: v for k, v in config.items() if v}


def first_request(
    method: str,
    params: dict[str, Any],
    page_size: int | None,
    starting_token: str | None,
    tokens: tuple[str, str, str | None, str],
) -> dict[str, Any]:
    """The first request when botocore has no paginator: the limit key takes the page size."""
    params = dict(params)
    if page_size is not None:
        if tokens[2] is None:
            raise TypeError(f"paginate_{method}: the operation takes no page size (it has no limit member)")
        params[tokens[2]] = page_size
    if starting_token is not None:
        params[tokens[0]] = starting_token
    return params


def waiter_settings(config: Any, delay: float | None, max_attempts: int | None) -> tuple[float, int]:
    """(pause, attempts): the caller's, else botocore's waiter model's."""
    attempts = config.max_attempts if max_attempts is None else max_attempts
    if attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, not {attempts}")
    return (config.delay if delay is None else delay), attempts


def waiter_ended(config: Any, waiter: str, raw: dict[str, Any], failed: ClientError | None, last: Any) -> bool:
    """True when botocore's acceptors say success; raises on failure or an error no acceptor expects."""
    state = next((a.state for a in config.acceptors if a.matcher_func(raw)), None)
    if state == "success":
        return True
    if state == "failure":
        reason = f"a failure state: {raw.get('Error', {}).get('Message') or _status(raw)}"
        raise WaiterFailure(waiter, reason, raw, last)
    if failed is not None:  # an error no acceptor expects: not worth waiting on
        raise WaiterFailure(waiter, f"unexpected error: {failed}", raw, last) from from_client_error(failed)
    return False
