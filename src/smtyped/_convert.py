"""The one converter: every generated class's constructor and wire conversions, made from its
description the first time the class is used.

A generated class declares its fields (for users, editors and type checkers) and describes its
members in ``_MEMBERS`` (the format: :mod:`smtyped._describe`). From that, :func:`compile_class`
writes straight-line Python for the class (as attrs and cattrs write theirs), compiles it once
and puts it on the class: ``__init__``, ``_from_wire`` (botocore's dict -> object: what
``from_dict`` and every response run), ``_to_wire`` (``to_dict``), ``_to_request`` (a request's
value, each scalar's class checked); :func:`request_params` does the same for an operation's
keyword builder (what the clients, paginators, waiters, resources and the test double send),
and :func:`item_reader` for a paginator's items. Everything a class does with the wire is
therefore written here once; what a class holds is in its module. A value the code cannot take
(a dict where a structure goes, a value of the wrong type) goes to :mod:`smtyped._requests`,
which walks the same description and names the path to it.
"""

from __future__ import annotations

import functools
import importlib
import linecache
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from smtyped._describe import Member, describe, owner, packages
from smtyped._fields import always_fields, lazy_fields
from smtyped._requests import RequestTypeError

__all__ = [
    "compile_class",
    "init_annotations",
    "item_reader",
    "request_builder",
    "request_params",
]

#: scalar type -> (its exact class on the wire, the checked reader for anything else, its argument)
_SCALARS: dict[str, tuple[str, str, str] | None] = {
    "str": ("str", "_bad", ", 'a string'"),
    "int": ("int", "_bad", ", 'an integer'"),
    "float": ("float", "_number", ""),
    "bool": ("bool", "_bad", ", 'a boolean'"),
    "timestamp": ("datetime", "_timestamp", ""),
    "blob": ("bytes", "_blob", ""),
    "document": None,
    "stream": None,
}
#: a request's scalar type -> the set of classes a list or map of it may hold (see _requests)
_EXACT = {"str": "_STR", "int": "_INT", "bool": "_BOOL", "float": "_FLOAT"}


# -- the pieces of code ------------------------------------------------------------------


def _holds_shape(t: tuple[str, Any]) -> bool:
    """A structure, or a list / map with structures inside (an output converts it lazily)."""
    kind, arg = t
    if kind in ("list", "map"):
        return _holds_shape(arg)
    return kind == "shape"


def _plain(t: tuple[str, Any]) -> bool:
    """Needs no conversion either way (scalars and containers of scalars)."""
    kind, arg = t
    if kind in ("list", "map"):
        return _plain(arg)
    return kind not in ("enum", "shape", "events")


class _Writer:
    """Writes one class's functions; ``owner`` is the class name the error messages use."""

    def __init__(self, owner: str, output: bool) -> None:
        self.owner = owner
        self.output = output  # an operation's result: streams are read from the connection

    def from_expr(self, t: tuple[str, Any], src: str, wire: str, depth: int = 0) -> str:
        """Code reading wire value ``src`` (not None) of type ``t``, its type checked inline: a
        class comparison on the fast path, a call into :mod:`smtyped._wire` otherwise."""
        o, w = repr(self.owner), repr(wire)
        kind, arg = t
        if kind == "events":
            return f"_event_stream({src}, _shapes.{arg}._from_wire, _ERRORS)" if self.output else src
        if kind == "stream":
            return f"_streaming_body({src})" if self.output else src
        if kind == "enum":
            cls = f"_enums.{arg}"
            known = f"(m := {cls}._value2member_map_.get({src})) is not None"
            return f"(m if {src}.__class__ is str and {known} else _ev({cls}, {src}, {o}, {w}))"
        if kind == "shape":
            cls = f"_shapes.{arg}"
            return f"({cls}._from_wire({src}) if {src}.__class__ is dict else _obj({o}, {w}, {src}, {cls}))"
        if kind == "list":
            if _plain(arg):
                return f"({src}.copy() if {src}.__class__ is list else _copy_list({o}, {w}, {src}))"
            i = f"i{depth}"
            items = f"({src} if {src}.__class__ is list else _seq({o}, {w}, {src}))"
            return f"[{self.from_expr(arg, i, wire, depth + 1)} for {i} in {items}]"
        if kind == "map":
            if _plain(arg):
                return f"({src}.copy() if {src}.__class__ is dict else _copy_map({o}, {w}, {src}))"
            k, i = f"k{depth}", f"i{depth}"
            items = f"({src} if {src}.__class__ is dict else _mapping({o}, {w}, {src}))"
            return f"{{{k}: {self.from_expr(arg, i, wire, depth + 1)} for {k}, {i} in {items}.items()}}"
        check = _SCALARS[kind]
        if check:
            exact, helper, extra = check
            return f"({src} if {src}.__class__ is {exact} else {helper}({o}, {w}, {src}{extra}))"
        return src  # documents: anything goes

    def read(self, m: Member) -> str:
        """The eager read of member ``m`` from the dict's ``get``."""
        check = _SCALARS.get(m.type[0])
        if check:
            exact, helper, extra = check
            o, w = repr(self.owner), repr(m.wire)
            return f'(v if (v := get("{m.wire}")).__class__ is {exact} or v is None else {helper}({o}, {w}, v{extra}))'
        return f'None if (v := get("{m.wire}")) is None else {self.from_expr(m.type, "v", m.wire)}'

    def to_expr(self, t: tuple[str, Any], src: str, check: bool, depth: int = 0) -> str:
        """Code writing attribute value ``src`` (not None) of type ``t`` to the wire; ``check``:
        a request's value, whose scalars are checked (one class comparison each) so that a
        wrong one is named where it was made (:mod:`smtyped._requests`)."""
        kind, arg = t
        if kind == "events":
            return src  # a stream is handed on as it is, never read to be converted
        if kind == "enum":
            return (
                f"({src} if {src}.__class__ is str else _enum_wire({src}))"
                if check
                else f'getattr({src}, "_value_", {src})'
            )
        if kind == "shape":
            return f"{src}._to_request()" if check else f"{src}._to_wire()"
        if kind in ("list", "map"):
            i = f"i{depth}"
            if _plain(arg):
                exact = _EXACT.get(arg[0]) if check else None
                if kind == "list":
                    return f"_list_of({src}, {exact})" if exact else f"list({src})"
                return f"_map_of({src}, {exact})" if exact else f"dict({src})"
            inner = self.to_expr(arg, i, check, depth + 1)
            if kind == "list":
                return f"[{inner} for {i} in {src}]"
            k = f"k{depth}"
            return f"{{{k}: {inner} for {k}, {i} in {src}.items()}}"
        if check and kind in ("str", "int", "bool"):
            return f"({src} if {src}.__class__ is {kind} else _wrong({src}))"
        if check and kind == "float":
            return f"({src} if {src}.__class__ is float or {src}.__class__ is int else _wrong({src}))"
        return src


def _lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def _init_source(cls: type, members: tuple[Member, ...]) -> str:
    params = [f"{m.attr}" for m in members if m.required] + [f"{m.attr}=None" for m in members if not m.required]
    state = []
    for m in members:
        if m.type[0] == "enum":
            lookup = f"_lookup(_enums.{m.type[1]}, {m.attr})"
            state.append(f"{m.attr!r}: {lookup if m.required else f'None if {m.attr} is None else {lookup}'},")
        else:
            state.append(f"{m.attr!r}: {m.attr},")
    body = [
        f"def __init__(self, *, {', '.join([*params, 'extra=None'])}):",
        "    _set(self, '__dict__', {",
        *(f"        {s}" for s in state),
        "        '_extra': dict(extra) if extra else None,",
        "    })",
    ]
    if cls.__dict__.get("_UNION"):
        body += [
            "    chosen = [name for name in self._FIELDS if getattr(self, name) is not None]",
            "    if len(chosen) > 1:",
            f"        raise ValueError(f'{cls.__name__} is a tagged union: set one of its attributes, not {{chosen}}')",
        ]
    return _lines(*body)


def _from_wire_source(cls: type, members: tuple[Member, ...], writer: _Writer, lazy: set[str]) -> str:
    eager = [m for m in members if m.attr not in lazy]
    omittable = [m for m in eager if m.always]
    entries = [f"            {m.attr!r}: {writer.read(m)}," for m in eager]
    if lazy:
        entries.append("            '_wire': d,")
    entries.append(
        "            '_extra': None if cls._KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in cls._KNOWN},"
    )
    body = ["def _from_wire(cls, d):"]
    if eager:
        body.append("    get = d.get")
    body += ["    self = _new(cls)", "    try:", "        state = {", *entries, "        }"]
    body += ["    except _ConversionError as err:", f"        raise err.within({cls.__name__!r}) from None"]
    # an always-present member the response omitted stays unset: reading it raises
    # MissingMemberError (never None against its type); to_dict() leaves it out
    body += [f"    if state[{m.attr!r}] is None:\n        del state[{m.attr!r}]" for m in omittable]
    body += ["    _set(self, '__dict__', state)", "    return self"]
    return _lines(*body)


def _to_wire_source(name: str, members: tuple[Member, ...], writer: _Writer, lazy: set[str], check: bool) -> str:
    body = [f"def {name}(self):", "    d = {}"]
    for m in members:
        if m.always:
            read = f"getattr(self, {m.attr!r}, None)" if m.attr in lazy else f"self.__dict__.get({m.attr!r})"
        else:
            read = f"self.{m.attr}"
        body += [f"    if (v := {read}) is not None:", f"        d[{m.wire!r}] = {writer.to_expr(m.type, 'v', check)}"]
    body += ["    if self._extra:", "        d.update(self._extra)", "    return d"]
    return _lines(*body)


def _builder_source(method: str, members: tuple[Member, ...], writer: _Writer, partial: bool) -> str:
    """An operation's request from its keywords: what the clients send (checked like
    ``_to_request``; a dict or a wrong value goes to :func:`smtyped._requests.rebuild`).
    ``partial``: every member optional (a resource's identifiers, as far as it knows them)."""
    required = [m for m in members if m.required and not partial]
    params = [m.attr for m in required] + [f"{m.attr}=None" for m in members if m not in required]
    body = [
        f"def {method}(*, {', '.join([*params, 'extra=None', f'_method={method!r}'])}):",
        "    try:",
        "        params = {}",
    ]
    for m in members:
        if m.type[0] == "shape":
            expr = f"_shape_or_mapping({m.attr})"
        else:
            expr = writer.to_expr(m.type, m.attr, True)
        if m in required:
            body.append(f"        params[{m.wire!r}] = {expr}")
        else:
            body += [f"        if {m.attr} is not None:", f"            params[{m.wire!r}] = {expr}"]
    body += [
        "    except (TypeError, AttributeError) as err:  # a dict to convert, or a wrong value to name",
        f"        return _rebuild({method}, _CLS, _method, locals(), err)",
        "    if extra:",
        "        params.update(extra)",
        "    return params",
    ]
    return _lines(*body)


# -- compiling ---------------------------------------------------------------------------


@functools.cache
def _namespace(module: str) -> dict[str, Any]:
    """What the code of the classes of one generated package reads: its shapes and enums (each
    class loads on first use) and the checked readers."""
    from smtyped import _requests as rq
    from smtyped import _wire as wr
    from smtyped._enum import OpenEnum
    from smtyped._registry import enum_value

    # by name: a type checker following this import would read botocore for every script
    streams = importlib.import_module("smtyped._streams")
    shapes, enums, public = packages(module)
    return {
        "_shapes": shapes,
        "_enums": enums,
        "_ERRORS": f"{public}.errors",  # where an event stream's error events find their classes
        "datetime": datetime,
        "_new": object.__new__,
        "_set": object.__setattr__,  # the classes are frozen: state is written once, as a whole __dict__
        "_lookup": OpenEnum._lookup,
        "_ev": enum_value,
        "_ConversionError": wr.ConversionError,
        **{
            f"_{n}": getattr(wr, n)
            for n in ("bad", "blob", "copy_list", "copy_map", "mapping", "number", "obj", "seq", "timestamp")
        },
        "_event_stream": streams.event_stream,
        "_streaming_body": streams.streaming_body,
        "_STR": rq.STR,
        "_INT": rq.INT,
        "_BOOL": rq.BOOL,
        "_FLOAT": rq.FLOAT,
        "_list_of": rq.list_of,
        "_map_of": rq.map_of,
        "_enum_wire": rq.enum_wire,
        "_wrong": rq.wrong,
        "_shape_or_mapping": rq.shape_or_mapping,
        "_rebuild": rq.rebuild,
    }


def _compiled(source: str, namespace: dict[str, Any], label: str) -> dict[str, Any]:
    filename = f"<smtyped conversion of {label}>"
    scope = dict(namespace)
    exec(compile(source, filename, "exec"), scope)
    # as attrs does: a traceback through the code shows its lines
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return scope


def compile_class(cls: type) -> None:
    """Write, compile and attach ``cls``'s constructor and conversions (once per class)."""
    if "_from_wire" in cls.__dict__:
        return
    members = describe(cls)
    output = bool(getattr(cls, "_RESULT", False))
    writer = _Writer(cls.__name__, output)
    # an operation's result converts its nested structures on first access (a call costs little
    # more than botocore's own); below the top level conversion is eager
    lazy = {m.attr for m in members if output and _holds_shape(m.type)}
    use = cls.__dict__.get("_REQUEST", "")
    source = "".join(
        (
            _init_source(cls, members),
            _from_wire_source(cls, members, writer, lazy),
            _to_wire_source("_to_wire", members, writer, lazy, check=use == "only"),
            _to_wire_source("_to_request", members, writer, lazy, check=True) if use == "both" else "",
            "".join(
                f"def _lazy_{m.attr}(v):\n    return {writer.from_expr(m.type, 'v', m.wire)}\n"
                for m in members
                if m.attr in lazy
            ),
        )
    )
    scope = _compiled(source, _namespace(cls.__module__), cls.__qualname__)
    scope["__init__"].__annotations__ = {**init_annotations(cls), "return": "None"}
    for name in ("__init__", "_from_wire", "_to_wire"):
        fn = scope[name]
        fn.__qualname__ = f"{cls.__qualname__}.{name}"  # tracebacks name the class
        fn.__module__ = cls.__module__
    fn_request = scope["_to_wire"] if use == "only" else scope.get("_to_request")
    if fn_request is not None:
        fn_request.__qualname__ = f"{cls.__qualname__}._to_request"
        type.__setattr__(cls, "_to_request", fn_request)
    type.__setattr__(cls, "__init__", scope["__init__"])
    type.__setattr__(cls, "_to_wire", scope["_to_wire"])
    omittable = [(m.attr, m.wire) for m in members if m.always and m.attr not in lazy]
    if omittable:
        always_fields(cls, omittable)
    if lazy:
        lazy_fields(cls, [(m.attr, m.wire, scope[f"_lazy_{m.attr}"], m.always) for m in members if m.attr in lazy])
    # last: its presence in the class says the class is compiled
    type.__setattr__(cls, "_from_wire", classmethod(scope["_from_wire"]))


def init_annotations(cls: type) -> dict[str, Any]:
    """What the constructor of a generated class (and the keywords of an operation whose
    request it is) take, as their annotations: each field's, an enum field's literals too."""
    own = {a.name: a.type for a in getattr(owner(cls), "__attrs_attrs__", ())}  # as attrs read them
    out: dict[str, Any] = {}
    for m in describe(cls):
        kind, name = m.type
        if kind == "enum":
            out[m.attr] = f"{name} | {name}Literal" + ("" if m.required else " | None")
        else:
            out[m.attr] = own.get(m.attr, Any)
    out["extra"] = "Mapping[str, Any] | None"
    return out


#: (request class, method, partial) -> its keyword builder
_BUILDERS: dict[tuple[type, str, bool], Callable[..., dict[str, Any]]] = {}


def request_params(cls: type, method: str, kwargs: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """The wire request of ``method``, whose request class is ``cls``, from its keywords
    (``partial``: none of them required)."""
    key = (cls, method, partial)
    builder = _BUILDERS.get(key)
    if builder is None:
        builder = _BUILDERS[key] = request_builder(cls, method, partial)
    try:
        return builder(**kwargs)
    except RequestTypeError as err:  # the traceback ends here, not in the code that found it
        raise err.with_traceback(None) from None


def request_builder(cls: type, method: str, partial: bool = False) -> Callable[..., dict[str, Any]]:
    """``method``'s keyword builder (the signature ``help()`` shows for the method)."""
    if not method.isidentifier():
        raise ValueError(f"not a method name: {method!r}")
    members = describe(cls)
    scope = _compiled(
        _builder_source(method, members, _Writer(cls.__name__, False), partial),
        {**_namespace(cls.__module__), "_CLS": cls},
        f"{cls.__qualname__} ({method})",
    )
    builder: Callable[..., dict[str, Any]] = scope[method]
    builder.__module__ = cls.__module__
    builder.__doc__ = f"The wire request of ``{method}`` (``{cls.__name__}``)."
    return builder


#: (result class, list member) -> the conversion of one of its items (None: kept as it is)
_ITEMS: dict[tuple[type, str], Callable[[Any], Any] | None] = {}


def item_reader(cls: type, wire: str) -> Callable[[Any], Any] | None:
    """How a paginator converts one item of ``cls``'s list member ``wire`` (None: a plain value)."""
    key = (cls, wire)
    if key in _ITEMS:
        return _ITEMS[key]
    member = next((m for m in describe(cls) if m.wire == wire), None)
    if member is None or member.type[0] != "list":
        raise ValueError(f"{cls.__name__} has no list member {wire!r}")
    reader = None
    if not _plain(member.type[1]):
        writer = _Writer(cls.__name__, False)
        source = f"def item(item):\n    return {writer.from_expr(member.type[1], 'item', wire)}\n"
        reader = _compiled(source, _namespace(cls.__module__), f"{cls.__qualname__}.{wire}")["item"]
    _ITEMS[key] = reader
    return reader
