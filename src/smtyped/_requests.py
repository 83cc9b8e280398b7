"""Requests: one rule for what a structure may be, and mistakes named where they were made.

Wherever a request takes a structure, at any depth, it takes its class or botocore's
wire-name dict (``{"Key": "team", "Value": "ml"}``); the dict is checked and converted by the
same code as the class, here. Building a request costs a class comparison per scalar (the
generated builder checks ``v.__class__ is str`` inline and calls :func:`wrong` otherwise); a
dict or a wrong value sends the builder to :func:`rebuild`, which walks the arguments against
the generated classes' descriptions (:func:`coerce`), makes each dict its class and builds again,
or raises a :class:`RequestTypeError` naming the path to the first wrong value
(``create_training_job: input_data_config[0].data_source: expected DataSource (or its
wire-name dict), got list``), before botocore sees the request.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar

from smtyped._describe import describe, packages

T = TypeVar("T")

__all__ = [
    "BOOL",
    "FLOAT",
    "INT",
    "STR",
    "RequestTypeError",
    "coerce",
    "enum_wire",
    "list_of",
    "map_of",
    "read_request",
    "rebuild",
    "shape_or_mapping",
    "whole",
    "wrong",
]


class RequestTypeError(TypeError):
    """A request argument (or a field inside one) has a value of the wrong type, or a structure
    given as a dict lacks a required member.

    ``str(err)`` names the operation's method and the path from its argument to the field
    (``create_endpoint: tags[0].Value: expected str, got int``); ``err.path`` is that path and
    ``err.method`` the method (or ``X.from_dict`` for a request read from a dict).
    """

    __module__ = "smtyped.errors"  # tracebacks name where users import it from

    def __init__(self, method: str, path: str, expected: str, value: object, got: str | None = None) -> None:
        self.method, self.path = method, path
        super().__init__(f"{method}: {path}: expected {expected}, got {got or type(value).__name__}")


class _Wrong(TypeError):
    """Raised by the generated request code at the first wrong value; :func:`rebuild` names it."""


def wrong(value: object) -> NoReturn:
    raise _Wrong(type(value).__name__)


def enum_wire(value: Any) -> str:
    """An enum argument that is not a plain str: a member's value (``TargetDevice.AMBA_CV2``),
    anything else :func:`wrong`."""
    if isinstance(value, enum.Enum) and isinstance(value, str):
        return str(value._value_)
    wrong(value)


#: the classes a request's scalars may have, checked for a whole list or map at once
STR: frozenset[type] = frozenset({str})
INT: frozenset[type] = frozenset({int})
BOOL: frozenset[type] = frozenset({bool})
FLOAT: frozenset[type] = frozenset({float, int})


def list_of(value: Any, kinds: frozenset[type]) -> list[Any]:
    """A copy of a request's list of scalars, each of one of ``kinds`` (a set of types, made in C)."""
    out = list(value)
    if set(map(type, out)) <= kinds:
        return out
    wrong(next(v for v in out if type(v) not in kinds))


def map_of(value: Any, kinds: frozenset[type]) -> dict[str, Any]:
    """A copy of a request's map of scalars, each value of one of ``kinds``."""
    out = dict(value)
    if set(map(type, out.values())) <= kinds:
        return out
    wrong(next(v for v in out.values() if type(v) not in kinds))


def shape_or_mapping(value: Any) -> Any:
    """An argument whose type is a structure, converted; anything else (a dict among them) goes
    to :func:`rebuild`, which converts a wire-name dict by the class and checks it."""
    to_request = getattr(value, "_to_request", None)
    if to_request is not None:
        return to_request()
    wrong(value)


def rebuild(
    builder: Callable[..., dict[str, Any]],
    cls: type,
    method: str,
    args: Mapping[str, Any],
    err: BaseException,
) -> dict[str, Any]:
    """The slow path of a request builder whose fast path failed (a wrong value, or a dict where
    a structure goes): every argument is checked against the request class's description,
    each wire-name dict at any depth becomes its class (:func:`coerce`), and the request is
    built again from those. Raises :class:`RequestTypeError` naming the first wrong value, or
    ``err`` when no argument is wrong."""
    given: dict[str, Any] = {}
    changed = False
    try:
        for m in describe(cls):
            value = args.get(m.attr)
            if value is not None:
                given[m.attr] = coerce(value, m.type, cls, m.attr, method)
                changed = changed or given[m.attr] is not value
    except RequestTypeError as found:  # the traceback ends here, not deep in the walk
        raise found.with_traceback(None) from None
    if not changed:  # nothing to convert and nothing wrong: not a typing mistake
        raise err from None
    return builder(**given, extra=args.get("extra"), _method=method)


def whole(cls: type[Any], request: Any, method: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``method`` from its request object (``sm.create_training_job(req)``):
    its fields, and its ``extra`` merged with an ``extra=`` keyword (the only one allowed beside it)."""
    input_name = cls.__name__
    if not isinstance(request, cls):
        hint = f"{input_name} (for a dict: {input_name}.from_dict(d))" if isinstance(request, Mapping) else input_name
        raise RequestTypeError(method, "request", hint, request)
    others = sorted(k for k in kwargs if k != "extra")
    if others:
        raise TypeError(f"{method}() takes a {input_name} or keyword arguments, not both (got {', '.join(others)})")
    args = {name: v for name in request._FIELDS if (v := getattr(request, name, None)) is not None}
    extra = {**(request._extra or {}), **(kwargs.get("extra") or {})}
    if extra:
        args["extra"] = extra
    return args


def read_request(cls: type[T], data: Any) -> T:
    """``cls.from_dict(data)`` for a class only requests use: botocore's wire-name dict,
    checked and converted at every depth by :func:`coerce`."""
    label = f"{cls.__name__}.from_dict"
    if not isinstance(data, Mapping):
        raise RequestTypeError(label, "(the argument)", "a dict with wire names", data)
    try:
        out: T = _from_mapping(data, cls, "", label, top=True)
    except RequestTypeError as found:  # the traceback ends here, not deep in the walk
        raise found.with_traceback(None) from None
    return out


#: what a request accepts for each scalar type (botocore serialises each of these), and its name
_SCALARS: dict[str, tuple[tuple[type, ...], str]] = {
    "str": ((str,), "str"),
    "int": ((int,), "int"),
    "float": ((float, int), "float"),
    "bool": ((bool,), "bool"),
    "blob": ((bytes, bytearray, str), "bytes"),
    "timestamp": ((datetime.datetime, datetime.date, str, int, float), "datetime"),
}


def _name(t: tuple[str, Any]) -> str:
    """How an annotation spells a described type (what error messages say was expected)."""
    kind, arg = t
    if kind == "list":
        return f"list[{_name(arg)}]"
    if kind == "map":
        return f"dict[str, {_name(arg)}]"
    if kind in ("enum", "shape", "events"):
        return str(arg)
    return _SCALARS[kind][1] if kind in _SCALARS else "Any"


def coerce(value: Any, t: tuple[str, Any], owner: type, path: str, method: str) -> Any:
    """``value`` as a request takes it for the described type ``t`` (of a member of ``owner``):
    the same object when it fits, a copy with each wire-name dict (at any depth) made into its
    class; raises :class:`RequestTypeError` at the first value that does not fit, naming
    ``path`` to it."""
    kind, arg = t
    if kind == "list":
        if not isinstance(value, (list, tuple)):
            raise RequestTypeError(method, path, _name(t), value)
        items = [coerce(v, arg, owner, f"{path}[{i}]", method) for i, v in enumerate(value)]
        return value if all(a is b for a, b in zip(items, value)) else items
    if kind == "map":
        if not isinstance(value, Mapping):
            raise RequestTypeError(method, path, _name(t), value)
        for k in value:
            if not isinstance(k, str):
                raise RequestTypeError(method, f"{path} key {k!r}", "str", k)
        entries = {k: coerce(v, arg, owner, f"{path}[{k!r}]", method) for k, v in value.items()}
        return value if all(entries[k] is v for k, v in value.items()) else entries
    if kind == "enum":
        if isinstance(value, str):  # an open enum takes any string (a value it does not know included)
            return value
        raise RequestTypeError(method, path, f"{arg} or str", value)
    if kind in ("shape", "events"):
        cls = getattr(packages(owner.__module__)[0], arg)
        if isinstance(value, cls):
            return _within(value, path, method)
        if kind == "shape" and isinstance(value, Mapping):
            return _from_mapping(value, cls, path, method)
        if kind == "events":
            return value  # a stream a request sends is handed on as it is
        raise RequestTypeError(method, path, f"{arg} (or its wire-name dict)", value)
    if kind in _SCALARS:
        accepted = _SCALARS[kind][0]
        if isinstance(value, accepted) and not (kind in ("int", "float") and isinstance(value, bool)):
            return value
        raise RequestTypeError(method, path, _SCALARS[kind][1], value)
    return value  # documents and streams: botocore checks them itself


def _within(shape: Any, path: str, method: str) -> Any:
    """A structure's fields checked, and a copy when one of them held a dict to convert."""
    changes = {}
    for m in describe(type(shape)):
        value = getattr(shape, m.attr, None)
        if value is not None:
            new = coerce(value, m.type, type(shape), f"{path}.{m.attr}", method)
            if new is not value:
                changes[m.attr] = new
    return shape.replace(**changes) if changes else shape


def _from_mapping(data: Mapping[str, Any], cls: Any, path: str, method: str, top: bool = False) -> Any:
    """A wire-name dict as an instance of ``cls``: each member checked and converted; keys the
    class does not know are kept in ``extra`` and sent as given (botocore validates them).
    Members are named in the path by their wire names, as the dict spells them (``top``: by
    attribute, as ``from_dict``'s class is the request the keywords build)."""
    members = {m.wire: m for m in describe(cls)}
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        m = members.get(key)
        if m is None:
            extra[key] = value
        elif value is not None:
            where = m.attr if top else key
            kwargs[m.attr] = coerce(value, m.type, cls, f"{path}.{where}" if path else where, method)
    for m in members.values():
        if m.required and m.attr not in kwargs:
            where = m.attr if top else m.wire
            raise RequestTypeError(
                method, f"{path}.{where}" if path else where, f"{_name(m.type)} (required)", None, got="nothing"
            )
    return cls(**kwargs, extra=extra or None)
