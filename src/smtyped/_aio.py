"""The hand-written half of the async client: an aiobotocore client, awaited calls, async pages.

Imported only through :mod:`smtyped.aio`, so ``import smtyped`` never loads aiobotocore.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, ClassVar, Generic, Literal, TypeVar, overload

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._client import (
    BotocoreConfig,
    first_request,
    import_on_fresh_stack,
    pagination_config,
    waiter_ended,
    waiter_settings,
)
from smtyped._convert import item_reader, request_params
from smtyped._methods import LazyClient
from smtyped._requests import whole
from smtyped.errors import ClientError, WaiterTimeout, from_client_error

__all__ = ["AsyncBaseClient", "AsyncPages"]

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R", bound="OutputShape")


class AsyncBaseClient(LazyClient):
    """Wraps an aiobotocore client; use it as ``async with AsyncSageMakerClient(...) as sm``.

    The generated methods load by kind on first use (:mod:`smtyped._methods`)."""

    #: botocore's name of the service this client calls (``"sagemaker-metrics"``)
    service_name: ClassVar[str] = "sagemaker"
    #: its operation methods are the sync client's (smtyped._methods): they return what
    #: ``_op``, ``_paginate`` and ``_wait_until`` return, here coroutines and async pages
    _ASYNC: ClassVar[bool] = True
    #: method -> (input token, output token, limit key, result key) (see smtyped._client.BaseClient)
    _PAGING: ClassVar[dict[str, tuple[str, str, str | None, str]]] = {}

    @staticmethod
    def _typed_error(err: ClientError) -> Exception:
        """The service's typed error for a botocore ``ClientError`` (each generated client sets its own)."""
        return from_client_error(err)

    def __init__(
        self,
        *,
        client: Any = None,
        session: Any = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: BotocoreConfig | None = None,
    ) -> None:
        """Wrap an entered aiobotocore ``client``, or make one on ``async with`` from ``session``
        (an aiobotocore session; default: a new one) with ``region_name``, ``endpoint_url``, ``config``."""
        if config is not None and not hasattr(config, "merge"):
            raise TypeError(f"config= must be a botocore.config.Config, not {type(config).__name__}")
        self._kwargs = {"region_name": region_name, "endpoint_url": endpoint_url, "config": config}
        self._session = session
        self._context: Any = None
        #: the wrapped aiobotocore client (set by ``async with`` unless given)
        self.client: Any = client

    async def __aenter__(self) -> Self:
        if self.client is None:
            session = self._session or _aiobotocore_session().get_session()
            self._context = session.create_client(self.service_name, **self._kwargs)
            self.client = await self._context.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._context is not None:
            await self._context.__aexit__(*exc)
            self._context, self.client = None, None

    def companion(self, service: str) -> Any:
        """An aiobotocore client context of another service (``"logs"``), with this client's
        session, region and config; enter it with ``async with``. Its endpoint is botocore's
        default for that service (``AWS_ENDPOINT_URL`` applies), never this client's ``endpoint_url``."""
        client = self._require()
        session = self._session or _aiobotocore_session().get_session()
        return session.create_client(service, region_name=client.meta.region_name, config=client.meta.config)

    def _require(self) -> Any:
        if self.client is None:
            raise RuntimeError("use the async client inside `async with AsyncSageMakerClient(...) as sm:`")
        return self.client

    async def _op(
        self, method: str, request_cls: type[Shape], result_cls: type[R], request: Any, kwargs: dict[str, Any]
    ) -> R:
        """What every operation method does (see :meth:`smtyped._client.BaseClient._op`), awaited."""
        if request is not None:
            kwargs = whole(request_cls, request, method, kwargs)
        return result_cls._from_wire(await self._call(method, request_params(request_cls, method, kwargs)))

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
    ) -> AsyncPages[Any, R]:
        """What every ``paginate_<method>`` does: the items of ``key`` across the pages."""
        params = request_params(request_cls, f"paginate_{method}", kwargs)
        return AsyncPages(
            lambda: self._pages(
                method, params, page_size=page_size, max_items=max_items, starting_token=starting_token
            ),
            key,
            item_reader(result_cls, key),
            result_cls._from_wire,
            max_items,
        )

    @overload
    async def _wait_until(
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
    async def _wait_until(
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

    async def _wait_until(
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
        last = await self._wait(waiter, method, params, result_cls._from_wire, delay, max_attempts, on_poll)
        return None if gone else last

    async def _call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = await getattr(self._require(), method)(**params)
        except ClientError as err:
            raise self._typed_error(err) from err
        return result

    async def _pages(
        self,
        method: str,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        client = self._require()
        try:
            if client.can_paginate(method):
                pages = client.get_paginator(method).paginate(
                    **params, PaginationConfig=pagination_config(page_size, max_items, starting_token)
                )
                async for page in pages:
                    yield page
                return
            tokens = self._PAGING[method]
            params = first_request(method, params, page_size, starting_token, tokens)
            while True:
                page = await getattr(client, method)(**params)
                yield page
                token = page.get(tokens[1])
                if not token:
                    return
                params[tokens[0]] = token
        except ClientError as err:
            raise self._typed_error(err) from err

    async def _wait(
        self,
        waiter: str,
        method: str,
        params: dict[str, Any],
        convert: Callable[[Any], Any],
        delay: float | None,
        max_attempts: int | None,
        on_poll: Callable[[Any], object] | None,
    ) -> Any:
        """As the sync client's ``_wait`` (botocore's waiter config and matchers), awaiting each poll."""
        client = self._require()
        config = client.get_waiter(waiter).config
        pause, attempts = waiter_settings(config, delay, max_attempts)
        raw: dict[str, Any] = {}
        last: Any = None
        for attempt in range(1, attempts + 1):
            failed: ClientError | None = None
            try:
                raw = await getattr(client, method)(**params)
            except ClientError as err:
                raw, failed = err.response, err
            else:
                last = convert(raw)
                if on_poll is not None:
                    on_poll(last)
            if waiter_ended(config, waiter, raw, failed, last):
                return None if failed is not None else last
            if attempt < attempts:
                await asyncio.sleep(pause)
        raise WaiterTimeout(waiter, f"no end state after {attempts} polls", raw, last)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({'open' if self.client is not None else 'not entered'})"


class AsyncPages(Generic[T, P]):
    """The result of an async ``paginate_*``: ``async for`` gives the items across all pages;
    ``async for page in ....pages()`` gives whole typed pages."""

    def __init__(
        self,
        fetch: Callable[[], AsyncIterator[dict[str, Any]]],
        key: str,
        item: Callable[[Any], T] | None,
        page: Callable[[Mapping[str, Any]], P],
        max_items: int | None = None,
    ) -> None:
        self._fetch, self._key, self._item, self._page, self._max = fetch, key, item, page, max_items

    async def _all_items(self) -> AsyncIterator[T]:
        count = 0
        async for raw in self._fetch():
            for value in raw.get(self._key) or ():
                if self._max is not None and count >= self._max:
                    return
                count += 1
                yield value if self._item is None else self._item(value)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._all_items()

    async def pages(self) -> AsyncIterator[P]:
        """Each page as the operation's typed response."""
        async for raw in self._fetch():
            yield self._page(raw)


#: what to do when the optional dependency is missing (said at first use, not at import)
INSTALL_AIO = "pip install 'smtyped[aio]'"


def _aiobotocore_session() -> Any:
    try:
        return import_on_fresh_stack("aiobotocore.session")
    except ModuleNotFoundError as err:
        if not (err.name or "").startswith("aiobotocore"):
            raise
        raise ModuleNotFoundError(
            f"the async client needs aiobotocore, which is not installed: {INSTALL_AIO}", name=err.name
        ) from None
