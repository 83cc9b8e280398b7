"""Requests: one rule for what a structure may be, and mistakes named where they were made.

Wherever a request takes a structure, at any depth, it takes its class or botocore's
wire-name dict (``{"Key": "team", "Value": "ml"}``); the dict is checked and converted by the
same code as the class, here. Building a request costs a class comparison per scalar (the
generated builder checks ``v.__class__ is str`` inline and calls :func:`wrong` otherwise); a
dict or a wrong value sends the builder to :func:`rebuild`, which walks the arguments against
the generated classes' annotations (:func:`coerce`), makes each dict its class and builds again,
or raises a :class:`RequestTypeError` naming the path to the first wrong value
(``create_training_job: input_data_config[0].data_source: expected DataSource (or its
wire-name dict), got list``), before botocore sees the request.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar

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
    a structure goes): every argument is checked against the request class's annotations,
    each wire-name dict at any depth becomes its class (:func:`coerce`), and the request is
    built again from those. Raises :class:`RequestTypeError` naming the first wrong value, or
    ``err`` when no argument is wrong."""
    try:
        hints = _hints(cls)
    except Exception:  # annotations this Python cannot evaluate: the original error stands
        raise err from None
    given: dict[str, Any] = {}
    changed = False
    try:
        for attr, hint in hints.items():
            value = args.get(attr)
            if value is not None:
                given[attr] = coerce(value, hint, attr, method)
                changed = changed or given[attr] is not value
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


#: what a request accepts for each scalar annotation (botocore serialises each of these)
_SCALARS: dict[Any, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    float: (float, int),
    bool: (bool,),
    bytes: (bytes, bytearray, str),
    datetime.datetime: (datetime.datetime, datetime.date, str, int, float),
}


def coerce(value: Any, hint: Any, path: str, method: str) -> Any:
    """``value`` as a request takes it for an annotation ``hint``: the same object when it fits,
    a copy with each wire-name dict (at any depth) made into its class; raises
    :class:`RequestTypeError` at the first value that does not fit, naming ``path`` to it."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or (sys.version_info >= (3, 10) and isinstance(hint, types.UnionType)):
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        fits = [h for h in options if _top_fits(value, h)]
        if not fits:
            raise RequestTypeError(method, path, " or ".join(_name(h) for h in options), value)
        return coerce(value, fits[0], path, method)
    if origin is typing.Literal:  # an open enum's literals: any string is accepted
        if isinstance(value, str):
            return value
        raise RequestTypeError(method, path, "str", value)
    if origin is list:
        if not isinstance(value, (list, tuple)):
            raise RequestTypeError(method, path, _name(hint), value)
        (item,) = typing.get_args(hint)
        items = [coerce(v, item, f"{path}[{i}]", method) for i, v in enumerate(value)]
        return value if all(a is b for a, b in zip(items, value)) else items
    if origin in (dict, Mapping, typing.get_origin(Mapping[str, Any])):
        if not isinstance(value, Mapping):
            raise RequestTypeError(method, path, _name(hint), value)
        _, item = typing.get_args(hint)
        for k in value:
            if not isinstance(k, str):
                raise RequestTypeError(method, f"{path} key {k!r}", "str", k)
        entries = {k: coerce(v, item, f"{path}[{k!r}]", method) for k, v in value.items()}
        return value if all(entries[k] is v for k, v in value.items()) else entries
    if hint is Any or hint is object or not isinstance(hint, type):
        return value  # IO, streams and other forms botocore checks itself
    if hint in _SCALARS:
        if isinstance(value, _SCALARS[hint]) and not (hint in (int, float) and isinstance(value, bool)):
            return value
        raise RequestTypeError(method, path, hint.__name__, value)
    if hasattr(hint, "_to_wire"):  # a generated structure
        if isinstance(value, hint):
            return _within(value, path, method)
        if isinstance(value, Mapping):
            return _from_mapping(value, hint, path, method)
        raise RequestTypeError(method, path, f"{hint.__name__} (or its wire-name dict)", value)
    if isinstance(value, hint):
        return value
    if issubclass(hint, enum.Enum) and issubclass(hint, str) and isinstance(value, str):
        return hint(value)  # an open enum takes any string (a value it does not know included)
    raise RequestTypeError(method, path, hint.__name__, value)


def _within(shape: Any, path: str, method: str) -> Any:
    """A structure's fields checked, and a copy when one of them held a dict to convert."""
    changes = {}
    for attr, hint in _hints(type(shape)).items():
        value = getattr(shape, attr, None)
        if value is not None:
            new = coerce(value, hint, f"{path}.{attr}", method)
            if new is not value:
                changes[attr] = new
    return shape.replace(**changes) if changes else shape


def _members(cls: type) -> dict[str, tuple[str, Any, bool]]:
    """Wire name -> (attribute, its type, whether it is required) of a generated class. Read-only."""
    found = _MEMBERS.get(cls)
    if found is None:
        hints = _hints(cls)
        fields: tuple[str, ...] = getattr(cls, "_FIELDS", ())
        wires: tuple[str, ...] = getattr(cls, "_WIRE", ())
        found = _MEMBERS[cls] = {
            wire: (attr, hints.get(attr, Any), attr in hints and not _optional(hints[attr]))
            for attr, wire in zip(fields, wires)
        }
    return found


def _from_mapping(data: Mapping[str, Any], cls: Any, path: str, method: str, top: bool = False) -> Any:
    """A wire-name dict as an instance of ``cls``: each member checked and converted; keys the
    class does not know are kept in ``extra`` and sent as given (botocore validates them).
    Members are named in the path by their wire names, as the dict spells them (``top``: by
    attribute, as ``from_dict``'s class is the request the keywords build)."""
    members = _members(cls)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        member = members.get(key)
        if member is None:
            extra[key] = value
        elif value is not None:
            where = member[0] if top else key
            kwargs[member[0]] = coerce(value, member[1], f"{path}.{where}" if path else where, method)
    for wire, (attr, hint, required) in members.items():
        if required and attr not in kwargs:
            where = attr if top else wire
            raise RequestTypeError(
                method, f"{path}.{where}" if path else where, f"{_name(hint)} (required)", None, got="nothing"
            )
    return cls(**kwargs, extra=extra or None)


def _optional(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    is_union = origin is typing.Union or (sys.version_info >= (3, 10) and isinstance(hint, types.UnionType))
    return is_union and type(None) in typing.get_args(hint)


def _top_fits(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return isinstance(value, str)
    if origin is list:
        return isinstance(value, (list, tuple))
    if origin is not None and origin not in (typing.Union,):
        try:
            return isinstance(value, origin)
        except TypeError:
            return True
    if isinstance(hint, type):
        if hint in _SCALARS:
            return isinstance(value, _SCALARS[hint])
        if isinstance(value, hint) or (issubclass(hint, str) and isinstance(value, str)):
            return True  # an open enum takes any string
        return hasattr(hint, "_to_wire") and isinstance(value, Mapping)
    return True


def _name(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__name__
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return "str"
    args = typing.get_args(hint)
    if origin is not None and args:
        base = getattr(origin, "__name__", str(origin))
        return f"{base}[{', '.join(_name(a) for a in args)}]"
    return str(hint)


class _Names(dict[str, Any]):
    """The names a generated module's annotations use, looked up in its package's facades
    (``<package>.shapes`` and ``<package>.enums``; the module imports them for type checkers only)."""

    def __init__(self, module: Any) -> None:
        super().__init__()
        package = module.__name__.rpartition(".shapes.")[0]
        self.sources = [importlib.import_module(f"{package}.{kind}") for kind in ("shapes", "enums")] if package else []

    def __missing__(self, name: str) -> Any:
        for source in self.sources:
            try:
                return getattr(source, name)
            except AttributeError:
                pass
        raise KeyError(name)


#: each generated class's evaluated annotations and member table, made on first use: a dict sent
#: on every call meets the same classes every time (evaluating them was 95% of the dict path)
_HINTS: dict[type, dict[str, Any]] = {}
_MEMBERS: dict[type, dict[str, tuple[str, Any, bool]]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The types of a generated class's own fields (its annotations, evaluated in its module). Read-only."""
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = _evaluated(cls)
    return found


def _evaluated(cls: type) -> dict[str, Any]:
    from typing_extensions import get_annotations  # the slow path only: costs an import

    module = sys.modules[cls.__module__]
    own = get_annotations(cls)
    globalns, localns = dict(vars(module)), _Names(module)
    return {
        name: eval(own[name], globalns, localns) if isinstance(own[name], str) else own[name]
        for name in getattr(cls, "_FIELDS", ())
        if name in own
    }
