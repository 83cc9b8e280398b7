"""Base classes of the generated shapes: conversion, unknown keys, readable repr."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from smtyped._wire import ConversionError, MissingMemberError, json_safe

if TYPE_CHECKING:
    # annotations only: typing_extensions costs ~15 ms to import, more than the client module
    from typing_extensions import Self

__all__ = ["OutputShape", "Shape", "StreamingOutput", "always_fields", "attach", "lazy_fields", "omitted"]

T = TypeVar("T", bound="Shape")

#: how many items of a list ``repr`` shows before it abbreviates
REPR_LIST_ITEMS = 3


class Shape:
    """A SageMaker structure: a frozen attrs class with snake_case fields.

    ``from_dict`` / ``to_dict`` speak the wire names botocore uses; keys the
    specs do not describe are kept in :attr:`extra` and written back, so
    ``Shape.from_dict(d).to_dict() == d``.
    """

    __slots__ = ()
    #: python attribute names, in page order (set by the generated class)
    _FIELDS: ClassVar[tuple[str, ...]] = ()
    #: the wire names the specs describe; other keys go to ``extra``
    _KNOWN: ClassVar[frozenset[str]] = frozenset()
    #: the wire name of each of ``_FIELDS``, in the same order
    _WIRE: ClassVar[tuple[str, ...]] = ()
    #: only requests use this class: ``from_dict`` checks it as a request (RequestTypeError)
    _REQUEST_ONLY: ClassVar[bool] = False
    #: attributes botocore marks sensitive: ``repr`` shows ``'***'``
    _SENSITIVE: ClassVar[frozenset[str]] = frozenset()
    #: attribute -> wire name of the members a response always has (botocore's model)
    _ALWAYS: ClassVar[dict[str, str]] = {}
    #: set by attrs on each generated class (``attrs.fields(cls)`` lists the API fields only)
    __attrs_attrs__: ClassVar[Any]
    _extra: dict[str, Any] | None

    # Each generated class defines both as straight-line code; declared once here so that the
    # stubs mypy reads need not repeat them for every class.
    @classmethod
    def _from_wire(cls: type[T], d: Mapping[str, Any]) -> T:
        raise NotImplementedError(f"{cls.__name__} is not a generated shape")

    def _to_wire(self) -> dict[str, Any]:
        raise NotImplementedError(f"{type(self).__name__} is not a generated shape")

    def _to_request(self) -> dict[str, Any]:
        # a class only responses use: a TypeError, which the request's builder explains
        raise TypeError(f"{type(self).__name__} is not used in requests")

    @classmethod
    def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
        """Build from a dict with wire names, as botocore returns or accepts it (or as
        ``to_dict(mode="json")`` wrote it).

        A class only requests use (an operation's request, ``CreateTrainingJobRequest``, and
        the structures only requests hold) is checked as a request, at every depth: a value of
        the wrong type raises :class:`~smtyped.errors.RequestTypeError` naming the path to it
        (``hyper_parameters['epochs']: expected str, got int``). Any other class reads like a
        response: a value of the wrong type raises :class:`~smtyped.errors.ConversionError` (a
        ``ValueError``) naming the class and member, here or, for the nested structures of an
        operation's result, when the attribute is first read.
        """
        if cls._REQUEST_ONLY:
            from smtyped._requests import read_request

            return read_request(cls, data)
        if not isinstance(data, Mapping):
            raise ConversionError(cls.__name__, "", f"expected an object, got {type(data).__name__}")
        return cls._from_wire(data)

    def to_dict(self, mode: Literal["wire", "json"] = "wire") -> dict[str, Any]:
        """The wire-name dict botocore accepts (``None`` fields are left out).

        ``mode="json"`` gives JSON-safe values (ISO-8601 timestamps, base64 blobs), which
        ``from_dict`` accepts back: a response cached as JSON loads equal to the original.
        """
        wire = self._to_wire()
        return wire if mode == "wire" else json_safe(wire)

    if not TYPE_CHECKING:  # each class's stub declares its own typed ``replace``

        def replace(self, **changes):
            """A copy with ``changes`` (keyword arguments of the constructor), keeping ``extra``.

            ``attrs.evolve`` works too but knows only the fields, so it drops ``extra``.
            """
            kwargs = {name: getattr(self, name) for name in self._FIELDS if hasattr(self, name)}
            kwargs["extra"] = self._extra
            kwargs.update(changes)
            return type(self)(**kwargs)

        __replace__ = replace  # copy.replace (Python 3.13)

    @property
    def extra(self) -> Mapping[str, Any]:
        """Keys the specs do not describe (newer than this SDK), kept as they came."""
        return self._extra or {}

    def __repr__(self) -> str:
        return _short_repr(self, depth=0)

    def __eq__(self, other: object) -> bool:
        """API data only: the fields and unknown keys, never botocore's ``ResponseMetadata``."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Shape)
        return all(getattr(self, f, _OMITTED) == getattr(other, f, _OMITTED) for f in self._FIELDS) and _api_extra(
            self
        ) == _api_extra(other)

    def __hash__(self) -> int:
        return hash(
            (type(self), *(_frozen(getattr(self, f, _OMITTED)) for f in self._FIELDS), _frozen(_api_extra(self)))
        )


class OutputShape(Shape):
    """The result of an operation; also carries botocore's ``ResponseMetadata``."""

    __slots__ = ()

    @property
    def response_metadata(self) -> dict[str, Any]:
        """botocore's ``ResponseMetadata`` (``RequestId``, ``HTTPStatusCode``, ...)."""
        meta = (self._extra or {}).get("ResponseMetadata")
        return dict(meta) if isinstance(meta, Mapping) else {}


class StreamingOutput(OutputShape):
    """The result of an operation with a streamed member (a body or an event stream).

    Use it as a context manager: leaving the block closes the streams, releasing the
    connection even when not everything was read.
    """

    __slots__ = ()
    #: the attributes holding streams (each generated class sets its own)
    _STREAMS: ClassVar[tuple[str, ...]] = ()

    def close(self) -> None:
        """Close every stream of the response (unread data is dropped)."""
        for name in self._STREAMS:
            stream = getattr(self, name)
            if stream is not None:
                stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _LazyField:
    """Converts a structure field of an operation's result on first access.

    ``from_dict`` of an output keeps the wire dict and sets only scalars and enums;
    reading ``pkg.created_by`` converts that member (and everything below it, eagerly)
    once and stores it on the instance, where later reads find it directly (a
    non-data descriptor is only asked when the instance has no value). Objects made
    by ``__init__`` never reach here. The wire dict is referenced, not copied: do
    not mutate a response dict after passing it to ``from_dict``.
    """

    __slots__ = ("always", "attr", "convert", "wire")

    def __init__(self, attr: str, wire: str, convert: Callable[[Any], Any], always: bool = False) -> None:
        self.attr = attr
        self.wire = wire
        self.convert = convert
        self.always = always

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return None
        state = obj.__dict__
        raw = state.get("_wire", _EMPTY).get(self.wire)
        if raw is None and self.always:
            raise MissingMemberError(type(obj).__name__, self.attr, self.wire)
        try:
            value = None if raw is None else self.convert(raw)
        except ConversionError as err:
            raise err.within(type(obj).__name__) from None
        state[self.attr] = value  # the instance dict, not setattr: the object stays frozen to users
        return value


_EMPTY: Mapping[str, Any] = {}


def _api_extra(shape: Shape) -> dict[str, Any]:
    extra = shape._extra
    if not extra:
        return {}
    return {k: v for k, v in extra.items() if k != "ResponseMetadata"} if "ResponseMetadata" in extra else extra


def _frozen(value: Any) -> Any:
    """A hashable stand-in for a field value (lists and dicts hash by content)."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return frozenset((k, _frozen(v)) for k, v in value.items())
    return value


def attach(
    cls: type,
    init: Callable[..., None],
    from_wire: Callable[..., Any],
    to_wire: Callable[..., dict[str, Any]],
    *,
    fields: tuple[str, ...],
    wire: tuple[str, ...],
    to_request: Callable[..., dict[str, Any]] | None = None,
    streams: tuple[str, ...] = (),
    sensitive: frozenset[str] = frozenset(),
    always: dict[str, str] | None = None,
) -> None:
    """Give a generated class its constructor and wire conversion, generated as functions in
    its ``_wire`` module (the class body declares only its fields), and the tables they use
    (``wire`` holds each field's wire name, in the order of ``fields``)."""
    for name, fn in (("__init__", init), ("_from_wire", from_wire), ("_to_wire", to_wire), ("_to_request", to_request)):
        if fn is None:
            continue
        fn.__qualname__ = f"{cls.__qualname__}.{name}"  # tracebacks name the class
        setattr(cls, name, classmethod(fn) if name == "_from_wire" else fn)
    cls._FIELDS = fields  # type: ignore[attr-defined]
    cls._KNOWN = frozenset(wire)  # type: ignore[attr-defined]
    cls._WIRE = wire  # type: ignore[attr-defined]
    if to_request is to_wire:
        cls._REQUEST_ONLY = True  # type: ignore[attr-defined]
    if streams:
        cls._STREAMS = streams  # type: ignore[attr-defined]
    if sensitive:
        cls._SENSITIVE = sensitive  # type: ignore[attr-defined]
    if always:
        cls._ALWAYS = always  # type: ignore[attr-defined]


def lazy_fields(cls: type, fields: Iterable[tuple[str, str, Callable[[Any], Any], bool]]) -> None:
    """Install lazy conversion for the nested-structure fields of a generated class (the
    flag: a response always has it, so a missing one raises :class:`MissingMemberError`)."""
    for attr, wire, convert, always in fields:
        setattr(cls, attr, _LazyField(attr, wire, convert, always))


class _OmittedField:
    """An always-present member a response omitted: reading it raises :class:`MissingMemberError`.

    A non-data descriptor, installed only for the always-present members of response-only
    classes: the value in the instance's ``__dict__`` wins whenever the response had it, so
    this is only asked when the generated ``_from_wire`` left the member unset. (A
    ``__getattr__`` on the base class would do the same, but it makes CPython 3.11+ give up its
    fast attribute reads for every shape: ``to_dict`` took twice as long.)
    """

    __slots__ = ("attr", "wire")

    def __init__(self, attr: str, wire: str) -> None:
        self.attr = attr
        self.wire = wire

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        raise MissingMemberError(type(obj).__name__, self.attr, self.wire)


def always_fields(cls: type, fields: Iterable[tuple[str, str]]) -> None:
    """Make reading an omitted always-present member (attribute, wire name) of ``cls`` raise."""
    for attr, wire in fields:
        setattr(cls, attr, _OmittedField(attr, wire))


#: what an omitted always-present member compares and hashes as (never equal to a value)
_OMITTED = object()


def omitted(shape: Shape) -> list[str]:
    """The always-present members (attribute names) that this response omitted.

    botocore's model marks them required, so they are typed non-optional; a service that does
    not send one (an emulator, an older region) still gives a loadable object, and this says
    which ones reading would raise :class:`~smtyped.errors.MissingMemberError` for.
    """
    return [name for name in type(shape)._ALWAYS if not hasattr(shape, name)]


#: free text longer than this is abbreviated in ``repr``; text without spaces (names, ARNs,
#: URIs, tokens) never is, since users copy it from printed output
REPR_TEXT_CHARS = 200


def _short_repr(value: Any, depth: int) -> str:
    if isinstance(value, Shape):
        if depth > 4:
            return f"{type(value).__name__}(...)"
        parts = []
        secret = value._SENSITIVE
        for name in value._FIELDS:
            v = getattr(value, name, None)
            if v is not None:
                parts.append(f"{name}='***'" if name in secret else f"{name}={_short_repr(v, depth + 1)}")
        extra = sorted(k for k in value._extra or () if k != "ResponseMetadata")
        if extra:
            parts.append(f"extra={extra!r}")
        return f"{type(value).__name__}({', '.join(parts)})"
    if isinstance(value, list):
        items = [_short_repr(v, depth + 1) for v in value[:REPR_LIST_ITEMS]]
        if len(value) > REPR_LIST_ITEMS:
            items.append(f"... {len(value) - REPR_LIST_ITEMS} more")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict) and depth > 0 and len(value) > REPR_LIST_ITEMS:
        return f"{{... {len(value)} items}}"
    if isinstance(value, str) and len(value) > REPR_TEXT_CHARS and any(c.isspace() for c in value):
        left = len(value) - REPR_TEXT_CHARS
        return f"{value[:REPR_TEXT_CHARS]!r}... ({left} more characters)"
    return repr(value)
