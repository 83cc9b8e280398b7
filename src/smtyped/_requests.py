"""Request mistakes named where they were made.

Building a request costs a class comparison per scalar (the generated code checks
``v.__class__ is str`` inline and calls :func:`wrong` otherwise); only when something is wrong
does :func:`explain` walk the call's arguments against the generated classes' annotations to
say where: ``create_training_job: input_data_config[0].data_source: expected DataSource, got
list``. The error is a ``TypeError`` raised before botocore sees the request.
"""

from __future__ import annotations

import datetime
import importlib
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any, NoReturn

__all__ = [
    "BOOL",
    "FLOAT",
    "INT",
    "STR",
    "RequestTypeError",
    "explain",
    "list_of",
    "map_of",
    "shape_or_mapping",
    "wrong",
]


class RequestTypeError(TypeError):
    """A request argument (or a field inside one) has a value of the wrong type.

    ``str(err)`` names the operation's method and the path from its argument to the field;
    ``err.path`` is that path and ``err.method`` the method.
    """

    def __init__(self, method: str, path: str, expected: str, value: object) -> None:
        self.method, self.path = method, path
        super().__init__(f"{method}: {path}: expected {expected}, got {type(value).__name__}")


class _Wrong(TypeError):
    """Raised by the generated request code at the first wrong value; :func:`explain` names it."""


def wrong(value: object) -> NoReturn:
    raise _Wrong(type(value).__name__)


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
    """An argument whose type is a structure: the class (converted) or its wire-name dict."""
    to_request = getattr(value, "_to_request", None)
    if to_request is not None:
        return to_request()
    if isinstance(value, Mapping):
        return value
    wrong(value)


def explain(shapes: Any, input_name: str, method: str, args: Mapping[str, Any], err: BaseException) -> BaseException:
    """The error to raise for a request that failed to build: a :class:`RequestTypeError` naming
    the first wrong value, or ``err`` itself when no argument is of the wrong type."""
    try:
        cls = getattr(shapes, input_name)
        hints = _hints(cls)
    except Exception:  # annotations this Python cannot evaluate (3.9): the original error stands
        return err
    for attr, hint in hints.items():
        value = args.get(attr)
        if value is not None:
            found = _check(value, hint, attr)
            if found is not None:
                return RequestTypeError(method, *found)
    return err


_SCALARS: dict[Any, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    float: (float, int),
    bool: (bool,),
    bytes: (bytes, bytearray, str),
    datetime.datetime: (datetime.datetime, datetime.date, str, int, float),
}


def _check(value: Any, hint: Any, path: str) -> tuple[str, str, object] | None:
    """(path, expected, value) of the first value that does not fit ``hint``, or None."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or (sys.version_info >= (3, 10) and isinstance(hint, types.UnionType)):
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        fits = [h for h in options if _top_fits(value, h)]
        if not fits:
            return path, " or ".join(_name(h) for h in options), value
        return _check(value, fits[0], path)
    if origin is typing.Literal:  # an open enum's literals: any string is accepted
        return None if isinstance(value, str) else (path, "str", value)
    if origin is list:
        if not isinstance(value, (list, tuple)):
            return path, _name(hint), value
        (item,) = typing.get_args(hint)
        for i, v in enumerate(value):
            found = _check(v, item, f"{path}[{i}]")
            if found is not None:
                return found
        return None
    if origin in (dict, Mapping, typing.get_origin(Mapping[str, Any])):
        if not isinstance(value, Mapping):
            return path, _name(hint), value
        _, item = typing.get_args(hint)
        for k, v in value.items():
            if not isinstance(k, str):
                return f"{path} key {k!r}", "str", k
            found = _check(v, item, f"{path}[{k!r}]")
            if found is not None:
                return found
        return None
    if hint is Any or hint is object:
        return None
    if isinstance(hint, type):
        if hint in _SCALARS:
            ok = isinstance(value, _SCALARS[hint]) and not (hint in (int, float) and isinstance(value, bool))
            return None if ok else (path, hint.__name__, value)
        if isinstance(value, hint):
            if hasattr(hint, "_to_wire"):  # a generated shape: look inside
                for attr, sub in _hints(hint).items():
                    v = getattr(value, attr, None)
                    if v is not None:
                        found = _check(v, sub, f"{path}.{attr}")
                        if found is not None:
                            return found
            return None
        if hasattr(hint, "_to_wire") and isinstance(value, Mapping):
            return None  # a structure may be given as its wire-name dict
        if issubclass(hint, str) and isinstance(value, str):
            return None  # an open enum takes any string
        return path, hint.__name__, value
    return None  # IO, streams and other forms botocore checks itself


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
        return isinstance(value, hint) or (hasattr(hint, "_to_wire") and isinstance(value, Mapping))
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


def _hints(cls: type) -> dict[str, Any]:
    """The types of a generated class's own fields (its annotations, evaluated in its module)."""
    from typing_extensions import get_annotations  # the error path only: costs an import

    module = sys.modules[cls.__module__]
    own = get_annotations(cls)
    globalns, localns = dict(vars(module)), _Names(module)
    return {
        name: eval(own[name], globalns, localns) if isinstance(own[name], str) else own[name]
        for name in getattr(cls, "_FIELDS", ())
        if name in own
    }
