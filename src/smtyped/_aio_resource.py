"""The async resources' base (:mod:`smtyped.resources.aio`): :mod:`smtyped._resource`, awaited.

Imported only by the async resource modules, so the sync ones never load aiobotocore.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from smtyped._resource import Logs, LogTail, Resource, ended, not_found
from smtyped.errors import ClientError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncResource", "items"]


async def items(call: Callable[[], Awaitable[Any]], attr: str) -> AsyncIterator[Any]:
    """The items of a list operation that does not page, called when first asked for."""
    for item in getattr(await call(), attr) or ():
        yield item


class _AsyncLogTail(LogTail):
    async def apoll(self) -> None:
        try:
            found = await self.logs.describe_log_streams(logGroupName=self.group, logStreamNamePrefix=self.prefix)
        except ClientError as err:
            if not_found(err):  # the job has not written yet
                return
            raise
        for kwargs in self.requests(found.get("logStreams", ())):
            while self.take(kwargs, await self.logs.get_log_events(**kwargs)):
                pass


class AsyncResource(Resource):
    """A resource of the async client: the same snapshot, with awaited calls."""

    __slots__ = ()

    @classmethod
    async def _describe(cls, client: Any, ids: Mapping[str, Any]) -> Self:  # type: ignore[override]
        params = cls._params(ids)
        return cls._of(await client._call(cls._DESCRIBE, params), client, params)

    @classmethod
    async def _listed(  # type: ignore[override]
        cls, client: Any, found: AsyncIterable[Any], ids: Mapping[str, str], fixed: Mapping[str, Any]
    ) -> AsyncIterator[Self]:
        async for item in found:
            yield await cls._describe(client, {**fixed, **{wire: getattr(item, attr) for wire, attr in ids.items()}})

    async def refresh(self) -> Self:  # type: ignore[override]
        """A new snapshot, described now (this one does not change)."""
        return await type(self)._describe(self._client, self._ids)

    async def _wait(  # type: ignore[override]
        self,
        target: str | None,
        timeout: float | None,
        poll: float,
        on_poll: Callable[[Any], object] | None,
        logs: Logs = False,
        logs_client: Any = None,
    ) -> Self:
        if logs is not False and self._LOG_GROUP is not None and logs_client is None:
            async with self._client.companion("logs") as made:
                return await self._poll(target, timeout, poll, on_poll, logs, made)
        return await self._poll(target, timeout, poll, on_poll, logs, logs_client)

    async def _poll(
        self,
        target: str | None,
        timeout: float | None,
        poll: float,
        on_poll: Callable[[Any], object] | None,
        logs: Logs,
        logs_client: Any,
    ) -> Self:
        deadline = None if timeout is None else time.monotonic() + timeout
        tail: _AsyncLogTail | None = self._tail(logs, logs_client, _AsyncLogTail)
        current = self if self._already(target) else await self.refresh()
        while True:
            status = current._status_of()
            if tail is not None:
                await tail.apoll()
            if on_poll is not None:
                on_poll(current)
            if ended(current, status, target):
                return current
            if deadline is not None and time.monotonic() + poll > deadline:
                raise current._timed_out(status, target, timeout)
            await asyncio.sleep(poll)
            current = await current.refresh()
