"""Streaming response bodies and event streams, typed.

A streaming body (``invoke_endpoint``'s ``body``) is read from the connection only as
asked: :meth:`StreamingBody.read`, :meth:`~StreamingBody.iter_chunks`,
:meth:`~StreamingBody.iter_lines`. An event stream
(``invoke_endpoint_with_response_stream``'s ``body``) yields typed events one at a time
as they arrive, decoded by botocore's own event-stream decoder and parser; an error
event raises the service's typed error, and a connection that closes in the middle of
the stream raises :class:`StreamInterrupted` instead of ending quietly.
"""

from __future__ import annotations

import importlib
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self  # annotations only: it is slow to import

    class ResponseStreamingError(Exception):
        """What type checkers see of botocore's ``ResponseStreamingError`` (the run-time base)."""

        def __init__(self, **kwargs: Any) -> None: ...

else:
    from botocore.exceptions import ResponseStreamingError

__all__ = ["EventStream", "StreamInterrupted", "StreamingBody", "event_stream", "streaming_body"]

T = TypeVar("T")


class StreamInterrupted(ResponseStreamingError):
    """The connection ended in the middle of a stream (dropped, reset or timed out).

    A subclass of botocore's ``ResponseStreamingError``, so code that catches botocore's
    errors catches it too. ``events`` is how many whole events arrived before it.
    """

    fmt = "{reason}"

    def __init__(self, reason: str, events: int = 0) -> None:
        super().__init__(reason=reason, error=reason)
        self.reason = reason
        self.events = events


class StreamingBody:
    """A binary response body, read from the connection only as asked.

    Use it as a context manager (or call :meth:`close`) to release the connection when
    you stop early. ``read()`` with no size reads everything that is left.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: Any) -> None:
        """Wrap botocore's ``StreamingBody``, any binary file object, or ``bytes``."""
        self._raw = io.BytesIO(raw) if isinstance(raw, (bytes, bytearray)) else raw

    @property
    def raw(self) -> Any:
        """The wrapped object (botocore's ``StreamingBody`` for a real response)."""
        return self._raw

    def read(self, amt: int | None = None) -> bytes:
        """At most ``amt`` bytes (all that is left when None); ``b""`` at the end."""
        data: bytes = self._raw.read() if amt is None else self._raw.read(amt)
        return data

    def iter_chunks(self, chunk_size: int = 1024) -> Iterator[bytes]:
        """The rest of the body in chunks of at most ``chunk_size`` bytes."""
        while True:
            chunk = self.read(chunk_size)
            if not chunk:
                return
            yield chunk

    def iter_lines(self, chunk_size: int = 1024, keepends: bool = False) -> Iterator[bytes]:
        """The rest of the body line by line (JSON Lines, server-sent text)."""
        pending = b""
        for chunk in self.iter_chunks(chunk_size):
            lines = (pending + chunk).splitlines(True)
            for line in lines[:-1]:
                yield line if keepends else line.splitlines()[0]
            pending = lines[-1]
        if pending:
            yield pending if keepends else pending.splitlines()[0]

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def close(self) -> None:
        """Release the connection (unread data is discarded)."""
        self._raw.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return "StreamingBody(...)"  # never read to be shown


class EventStream(Generic[T]):
    """The events of an event-stream response, typed and decoded one at a time.

    Iterate it (once) for the events; each is the stream's union class with one member
    set (``event.payload_part``). An error event raises the service's typed error
    (``smtyped.runtime.errors.ModelStreamError`` carrying the event as ``.event``); a
    connection that ends mid-stream raises :class:`StreamInterrupted`. Leaving a ``with``
    block (or calling :meth:`close`) closes the connection.
    """

    def __init__(self, raw: Any, convert: Callable[[Mapping[str, Any]], T], errors: str) -> None:
        """``raw``: botocore's ``EventStream`` (or, for ``from_dict`` and tests, an iterable of
        parsed events); ``convert``: one parsed event to the typed union; ``errors``: the module
        whose ``from_event_error`` makes typed errors."""
        self._raw = raw
        self._convert = convert
        self._errors = errors
        self._events: Iterator[T] | None = None
        #: whole events received so far
        self.received = 0

    @property
    def raw(self) -> Any:
        """The wrapped botocore ``EventStream``."""
        return self._raw

    def __iter__(self) -> Iterator[T]:
        # the decoding generator itself: a ``for`` loop then steps it without a Python-level
        # ``__next__`` call per event
        if self._events is None:
            self._events = self._decode()
        return self._events

    def __next__(self) -> T:
        return next(iter(self))

    def _decode(self) -> Iterator[T]:
        body = getattr(self._raw, "_raw_stream", None)
        parse = getattr(self._raw, "_parse_event", None)
        if body is None or parse is None:
            # parsed events already (from_dict, a test double), or a botocore whose EventStream
            # changed shape: its own iteration, which types error events by code and message only
            yield from self._parsed(self._raw)
            return
        from botocore.eventstream import EventStreamBuffer

        buffer = EventStreamBuffer()  # botocore's decoder: framing, headers, both CRCs
        convert = self._convert
        # event type -> its member, for events that are nothing but a binary payload
        payload_only = _payload_only_events(getattr(self._raw, "_output_shape", None))
        # and for those, where the converter allows, a builder of the typed event from the payload
        builders = {t: b for t, m in payload_only.items() if (b := _payload_builder(convert, t, m)) is not None}
        received = used = 0
        try:
            for chunk in body.stream():
                received += len(chunk)
                buffer.add_data(chunk)
                for message in buffer:
                    used += message.prelude.total_length
                    headers = message.headers
                    kind = headers.get(":message-type")
                    if kind == "exception" or kind == "error":
                        raise self._error(message)
                    # an event (botocore reads any other message as one)
                    event_type = headers.get(":event-type")
                    build = builders.get(event_type)
                    if build is not None:
                        self.received += 1
                        yield build(message.payload)
                        continue
                    member = payload_only.get(event_type)
                    parsed: Mapping[str, Any]
                    if member is not None:
                        # what botocore's parser returns for such an event, without its walk over
                        # the model (tests/test_runtime_client.py compares the two)
                        parsed = {event_type: {member: message.payload}}
                    else:
                        parsed = parse(message) or self._unknown(message)
                    self.received += 1
                    yield convert(parsed)
        except StreamInterrupted:
            raise
        except Exception as exc:
            if not _connection_error(exc):
                raise
            raise StreamInterrupted(
                f"the connection ended after {self.received} events, in the middle of the stream: {exc}",
                self.received,
            ) from exc
        if received != used:
            raise StreamInterrupted(
                f"the connection closed after {self.received} events, in the middle of an event "
                f"({received - used} bytes of it arrived)",
                self.received,
            )

    def _parsed(self, events: Iterable[Any]) -> Iterator[T]:
        from botocore.exceptions import EventStreamError

        try:
            for parsed in events:
                self.received += 1
                yield self._convert(parsed)
        except EventStreamError as err:
            error = err.response.get("Error", {})
            module = importlib.import_module(self._errors)
            raise module.from_event_error(
                error.get("Code", ""), error.get("Message", ""), {}, err.operation_name
            ) from err

    @staticmethod
    def _unknown(message: Any) -> Mapping[str, Any]:
        # an event type this SDK's specs do not know: kept in the union's ``extra`` (raw
        # payload) rather than skipped, as botocore would
        return {str(message.headers.get(":event-type", "")): message.payload}

    def _error(self, message: Any) -> Exception:
        headers = message.headers
        module = importlib.import_module(self._errors)
        if headers.get(":message-type") == "exception":
            code = str(headers.get(":exception-type", ""))
            try:
                fields = json.loads(message.payload or b"{}")
            except ValueError:
                fields = {}
            if not isinstance(fields, dict):
                fields = {}
            text = fields.get("Message", fields.get("message", ""))
        else:
            code, text, fields = str(headers.get(":error-code", "")), str(headers.get(":error-message", "")), {}
        operation = str(getattr(self._raw, "_operation_name", ""))  # botocore's EventStream knows it
        error: Exception = module.from_event_error(code, str(text), fields, operation)
        return error

    def close(self) -> None:
        """Close the connection; the events not read yet are dropped."""
        close = getattr(self._raw, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStream(received={self.received})"


def _payload_only_events(shape: Any) -> dict[str, str]:
    """Event type -> member name, for the events of an event-stream shape (botocore's model)
    whose one member is a binary ``eventpayload`` and that have no header members: botocore's
    parser returns ``{type: {member: payload}}`` for them, the raw payload bytes untouched."""
    found: dict[str, str] = {}
    for event_type, event in getattr(shape, "members", {}).items():
        members = getattr(event, "members", None)
        if not members or len(members) != 1:
            continue
        ((name, member),) = members.items()
        if member.serialization.get("eventpayload") and member.type_name == "blob":
            found[event_type] = name
    return found


def _payload_builder(
    convert: Callable[[Mapping[str, Any]], T], event_type: str, member: str
) -> Callable[[bytes], T] | None:
    """A faster ``lambda payload: convert({event_type: {member: payload}})``, or None.

    It learns from one real conversion (of a probe payload) which field of the union holds
    the event and which field of the event holds the payload, then builds the same state
    directly, without the converter's checks of each key (2 of a stream's ~11 µs per event).
    It is used only when the probe shows plain generated classes (state in ``__dict__``, the
    payload kept as given) and a second probe converts to the same state; otherwise None."""
    probe = b"\0smtyped payload probe"
    try:
        union = convert({event_type: {member: probe}})
        state = dict(vars(union))
        (key,) = [k for k, v in state.items() if v is not None]
        event = state[key]
        inner = dict(vars(event))
        (slot,) = [k for k, v in inner.items() if v is not None]
    except (TypeError, ValueError):  # no __dict__, or not one set field: the converter's way
        return None
    if inner[slot] is not probe:
        return None
    union_cls, event_cls = type(union), type(event)
    new, put = object.__new__, object.__setattr__

    def build(payload: bytes) -> T:
        made = new(event_cls)
        put(made, "__dict__", {**inner, slot: payload})
        out = new(union_cls)
        put(out, "__dict__", {**state, key: made})
        return out

    check = b"\0smtyped second probe"
    expected, built = vars(convert({event_type: {member: check}})), vars(build(check))
    same_union = {**expected, key: None} == {**built, key: None}
    if not same_union or type(expected[key]) is not event_cls or vars(expected[key]) != vars(built[key]):
        return None
    return build


def _connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the HTTP connection failing (urllib3's or botocore's errors for it)."""
    for cls in type(exc).__mro__:
        module = cls.__module__
        if module.startswith("urllib3") or cls.__name__ in ("ResponseStreamingError", "ReadTimeoutError"):
            return True
    return isinstance(exc, (ConnectionError, TimeoutError))


# -- used by generated conversion code ------------------------------------------------------


def streaming_body(value: Any) -> StreamingBody:
    """A response's streaming member as a :class:`StreamingBody` (kept if it is one already)."""
    return value if isinstance(value, StreamingBody) else StreamingBody(value)


def event_stream(value: Any, convert: Callable[[Mapping[str, Any]], T], errors: str) -> EventStream[T]:
    """A response's event-stream member as an :class:`EventStream` (kept if it is one already)."""
    return value if isinstance(value, EventStream) else EventStream(value, convert, errors)
