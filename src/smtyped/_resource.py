"""The hand-written half of the resources (:mod:`smtyped.resources`): describing, listing,
waiting and log tailing, shared by every generated resource class.

A generated resource subclasses its ``DescribeX`` result (its fields are that result's) and
this base, and sets the class variables below from the specs. Each instance holds the client
it came from and the identifiers it was described with; no module-level state.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar, Union

from smtyped._base import OutputShape
from smtyped._convert import request_params
from smtyped.errors import ClientError, ResourceFailed, ResourceWaitTimeout

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["LogEvent", "LogTail", "Resource", "items", "log_printer", "not_found"]

R = TypeVar("R", bound="Resource")


class LogEvent(NamedTuple):
    """One CloudWatch Logs line of a job, as ``wait(logs=...)`` passes it on."""

    stream: str
    timestamp: int  # milliseconds since the epoch, as CloudWatch Logs gives it
    message: str


#: what ``wait(logs=...)`` accepts: True prints each line, a callable receives each LogEvent
Logs = Union[bool, Callable[[LogEvent], object]]


def log_printer(event: LogEvent) -> None:
    """The default for ``wait(logs=True)``: each line on standard output, after its stream's name."""
    print(f"[{event.stream}] {event.message}", file=sys.stdout, flush=True)


def items(call: Callable[[], Any], attr: str) -> Iterator[Any]:
    """The items of a list operation that does not page, called when first asked for."""
    yield from getattr(call(), attr) or ()


def not_found(err: ClientError) -> bool:
    return str(err.response.get("Error", {}).get("Code", "")) == "ResourceNotFoundException"


class LogTail:
    """New lines of the log streams ``<prefix>...`` in ``group``, read with a botocore
    CloudWatch Logs client, each stream from where the last read stopped."""

    def __init__(self, logs: Any, group: str, prefix: str, sink: Callable[[LogEvent], object]) -> None:
        self.logs, self.group, self.prefix, self.sink = logs, group, prefix, sink
        self.tokens: dict[str, str] = {}

    def requests(self, streams: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
        for stream in streams:
            kwargs: dict[str, Any] = {
                "logGroupName": self.group,
                "logStreamName": stream["logStreamName"],
                "startFromHead": True,
            }
            token = self.tokens.get(stream["logStreamName"])
            if token:
                kwargs["nextToken"] = token
            yield kwargs

    def take(self, kwargs: dict[str, Any], page: Mapping[str, Any]) -> bool:
        """Pass a page's events on; True when the stream has more to read now."""
        name = kwargs["logStreamName"]
        for event in page.get("events", ()):
            self.sink(LogEvent(name, int(event.get("timestamp", 0)), str(event.get("message", "")).rstrip("\n")))
        token = page.get("nextForwardToken")
        more = bool(token) and token != kwargs.get("nextToken")
        if token:
            self.tokens[name] = token
            kwargs["nextToken"] = token
        return more

    def poll(self) -> None:
        try:
            found = self.logs.describe_log_streams(logGroupName=self.group, logStreamNamePrefix=self.prefix)
        except ClientError as err:
            if not_found(err):  # the job has not written yet
                return
            raise
        for kwargs in self.requests(found.get("logStreams", ())):
            while self.take(kwargs, self.logs.get_log_events(**kwargs)):
                pass


class Resource(OutputShape):
    """A SageMaker resource: a frozen snapshot of its ``Describe`` result, with the client it
    came from. Methods that change it (``update``, ``stop``, ``delete``) return nothing; read
    the new state with :meth:`refresh`, which returns a new snapshot."""

    __slots__ = ()
    #: the client method that describes it
    _DESCRIBE: ClassVar[str] = ""
    #: its request's class
    _DESCRIBE_INPUT: ClassVar[Any]
    #: the attribute holding its status, and which values end a wait (and which of them fail it)
    _STATUS: ClassVar[str | None] = None
    _TERMINAL: ClassVar[frozenset[str]] = frozenset()
    _FAILED: ClassVar[frozenset[str]] = frozenset()
    #: the attribute saying why it failed
    _REASON: ClassVar[str | None] = None
    #: the CloudWatch Logs group its jobs write to (streams are named after the first identifier)
    _LOG_GROUP: ClassVar[str | None] = None
    _client: Any
    _ids: dict[str, Any]

    # -- made by the generated classmethods ---------------------------------------------

    @classmethod
    def _of(cls, raw: Mapping[str, Any], client: Any, ids: Mapping[str, Any]) -> Self:
        res = cls._from_wire(raw)
        object.__setattr__(res, "_client", client)  # frozen: set once, here
        object.__setattr__(res, "_ids", {k: v for k, v in ids.items() if v is not None})
        return res

    @classmethod
    def _params(cls, ids: Mapping[str, Any]) -> dict[str, Any]:
        """The Describe request for these identifiers (the ones given, by wire name), built and
        checked by the converter as the client's ``describe_...`` method builds it."""
        request = cls._DESCRIBE_INPUT
        attrs = dict(zip(request._WIRE, request._FIELDS))
        given: dict[str, Any] = {attrs[k]: v for k, v in ids.items() if v is not None and k in attrs}
        other = {k: v for k, v in ids.items() if v is not None and k not in attrs}
        if other:  # an identifier the description does not name: sent as given
            given["extra"] = other
        return request_params(request, cls._DESCRIBE, given, partial=True)

    @classmethod
    def _describe(cls, client: Any, ids: Mapping[str, Any]) -> Self:
        params = cls._params(ids)
        return cls._of(client._call(cls._DESCRIBE, params), client, params)

    @classmethod
    def _listed(
        cls, client: Any, items: Iterable[Any], ids: Mapping[str, str], fixed: Mapping[str, Any]
    ) -> Iterator[Self]:
        """Each listed item described in turn, as it is reached: ``ids`` maps an identifier
        to the item attribute holding it, ``fixed`` holds those the list call was given."""
        for item in items:
            yield cls._describe(client, {**fixed, **{wire: getattr(item, attr) for wire, attr in ids.items()}})

    def _id_args(self, names: Mapping[str, str]) -> dict[str, Any]:
        """Keyword arguments of a client method, from this resource's identifiers."""
        return {attr: self._ids[wire] for wire, attr in names.items() if wire in self._ids}

    # -- public ---------------------------------------------------------------------------

    @property
    def client(self) -> Any:
        """The client this resource came from; every call it makes goes through it."""
        return self._client

    def refresh(self) -> Self:
        """A new snapshot, described now (this one does not change)."""
        return type(self)._describe(self._client, self._ids)

    def _status_of(self) -> str | None:
        assert self._STATUS is not None
        value = getattr(self, self._STATUS, None)
        return None if value is None else str(value)

    def _wait(
        self,
        target: str | None,
        timeout: float | None,
        poll: float,
        on_poll: Callable[[Any], object] | None,
        logs: Logs = False,
        logs_client: Any = None,
    ) -> Self:
        deadline = None if timeout is None else time.monotonic() + timeout
        tail = self._tail(logs, logs_client)
        # a snapshot that has already ended is the answer: no Describe call (its logs, if
        # asked for, are still read once)
        current = self if self._already(target) else self.refresh()
        while True:
            status = current._status_of()
            if tail is not None:
                tail.poll()
            if on_poll is not None:
                on_poll(current)
            if ended(current, status, target):
                return current
            if deadline is not None and time.monotonic() + poll > deadline:
                raise current._timed_out(status, target, timeout)
            time.sleep(poll)
            current = current.refresh()

    def _already(self, target: str | None) -> bool:
        """Whether this snapshot already ends a wait for ``target`` (reached, or in an end
        state, which :func:`ended` then reports or raises for)."""
        if self._STATUS is None:
            return False
        status = self._status_of()
        return status is not None and (status == target or status in self._TERMINAL)

    def _timed_out(self, status: str | None, target: str | None, timeout: float | None) -> ResourceWaitTimeout:
        what = target or "an end state"
        message = f"{type(self).__name__} still {status} after {timeout} s (waiting for {what})"
        return ResourceWaitTimeout(message, self, status, self._reason())

    def _reason(self) -> str | None:
        value = getattr(self, self._REASON, None) if self._REASON else None
        return None if value is None else str(value)

    def _tail(self, logs: Logs, logs_client: Any, kind: type[LogTail] = LogTail) -> Any:
        """A ``kind`` reading this job's log streams (named after its first identifier), or None
        when no logs were asked for or the resource writes none."""
        if logs is False or self._LOG_GROUP is None:
            return None
        sink: Callable[[LogEvent], object] = log_printer if logs is True else logs
        client = logs_client if logs_client is not None else self._client.companion("logs")
        name = next(iter(self._ids.values()))
        return kind(client, self._LOG_GROUP, f"{name}/", sink)


def ended(res: Resource, status: str | None, target: str | None) -> bool:
    """Whether a wait ends at this snapshot: True when it reached ``target`` (or, waiting for
    no particular status, any end state); raises when it failed or ended elsewhere."""
    if target is not None and status == target:
        return True
    name = type(res).__name__
    if status in res._FAILED:
        reason = res._reason()
        raise ResourceFailed(f"{name} {status}" + (f": {reason}" if reason else ""), res, status, reason)
    if status in res._TERMINAL:
        if target is None:
            return True
        raise ResourceFailed(f"{name} ended {status}, not {target}", res, status, res._reason())
    return False
