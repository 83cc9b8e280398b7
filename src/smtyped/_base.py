"""Base classes of the generated shapes: conversion, unknown keys, readable repr."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from smtyped._describe import owner as described
from smtyped._wire import ConversionError, json_safe

if TYPE_CHECKING:
    # annotations only: typing_extensions costs ~15 ms to import, more than the client module
    from typing_extensions import Self

__all__ = ["OutputShape", "Shape", "StreamingOutput", "omitted"]

T = TypeVar("T", bound="Shape")

#: how many items of a list ``repr`` shows before it abbreviates
REPR_LIST_ITEMS = 3


class _ClassSignature:
    """``inspect.signature(OutputConfig)`` (and so ``help``): the constructor's keywords, its
    conversions made first (a generated class's ``__init__`` is made on first use)."""

    def __get__(self, obj: Any, owner: type) -> Any:
        if obj is not None or "_MEMBERS" not in owner.__dict__:
            return None  # an instance, or a class without a description: inspect's own way
        import inspect

        _compile(owner)
        sig = inspect.signature(vars(owner)["__init__"])
        return sig.replace(parameters=list(sig.parameters.values())[1:])


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

    #: an operation's result: it converts its nested structures on first access
    _RESULT: ClassVar[bool] = False
    #: the class's description (see :mod:`smtyped._convert`): one row per member
    _MEMBERS: ClassVar[tuple[tuple[str, ...], ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        rows = cls.__dict__.get("_MEMBERS")
        if rows is None:
            return  # a subclass of a generated class (a resource): it keeps its base's tables
        # the tables every instance method reads, from the description (cheap: the conversion
        # code is made on first use, by smtyped._convert)
        cls._FIELDS = tuple(row[0] for row in rows)
        cls._WIRE = tuple(row[1] for row in rows)
        cls._KNOWN = frozenset(cls._WIRE)
        flagged = [(row[0], row[1], row[3].split()) for row in rows if len(row) > 3]
        cls._SENSITIVE = frozenset(attr for attr, _, flags in flagged if "sensitive" in flags)
        cls._ALWAYS = {attr: wire for attr, wire, flags in flagged if "always" in flags}
        cls._REQUEST_ONLY = cls.__dict__.get("_REQUEST") == "only"
        if issubclass(cls, StreamingOutput):
            cls._STREAMS = tuple(row[0] for row in rows if row[2] == "stream" or row[2].startswith("events "))

    # The conversions of each class are made from its description the first time one of these
    # is called (smtyped._convert puts the class's own on it); declared once here so that the
    # stubs mypy reads need not repeat them for every class.
    if not TYPE_CHECKING:  # each class's stub declares its own constructor

        def __init__(self, **kwargs):
            _compile(type(self))
            # the generated class's own (a subclass may have one that calls this one)
            vars(described(type(self)))["__init__"](self, **kwargs)

    @classmethod
    def _from_wire(cls: type[T], d: Mapping[str, Any]) -> T:
        _compile(cls)
        return cls._from_wire(d)

    def _to_wire(self) -> dict[str, Any]:
        _compile(type(self))
        return self._to_wire()

    def _to_request(self) -> dict[str, Any]:
        if _compile(type(self)):
            return self._to_request()
        # a class only responses use: a TypeError, which the request's builder explains
        raise TypeError(f"{type(self).__name__} is not used in requests")

    if not TYPE_CHECKING:
        __signature__ = _ClassSignature()

    def __setstate__(self, state: dict[str, Any]) -> None:
        # unpickling or copying makes an instance without __init__: its class may be new here
        _compile(type(self))
        object.__setattr__(self, "__dict__", state)

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
    _RESULT = True

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


def _compile(cls: type) -> bool:
    """Compile the conversions of ``cls``'s generated class; whether it has a ``_to_request`` of its own."""
    from smtyped._convert import compile_class

    owner = described(cls)
    compile_class(owner)
    return owner.__dict__.get("_to_request") is not None


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
