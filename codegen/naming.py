"""Give every structure, union and enum of a page its name; the one place that owns naming.

Names come from botocore's service model, walked along the same path as the
page's syntax (operation -> input/output -> member -> list member / map value).
Where botocore lacks the path, the name is derived from the path
(``UserContext`` + ``NewMember`` -> ``UserContextNewMember``) and reported.
Python names (``xform_name``, keyword escapes, enum member names) live here too.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, Literal

import attrs

from codegen import botocore_model as bm
from codegen.build import PageIR
from codegen.diagnostics import Report
from codegen.ir import ListOf, MapOf, Member, Operation, Recursive, Ref, Scalar, Shape, StringShape, Structure, replace

Path = tuple[str, ...]


@attrs.frozen
class PageHead:
    """What the merge needs of a page besides its operations (the text stays behind: cached
    pages load fast)."""

    file: str
    service: str  # the page's title
    date: str
    declared: int
    found: int
    summary: str


@attrs.frozen(eq=True, hash=False)
class NamedPage:
    """A page's operations with named shapes: inputs, outputs and named shapes are Refs.

    ``pending`` are the whole inputs and outputs the page did not render (their Refs name the
    model's shapes; :func:`codegen.load.load_service` fills them once for all pages).
    """

    page: PageHead
    service: str | None  # botocore service name
    operations: dict[str, Operation]
    shapes: Mapping[str, Shape]  # a dict, or the page cache's LazyShapes
    pending: tuple[Any, ...] = ()  # codegen.backfill.Pending


def name_page(pir: PageIR, report: Report, hint: str | None = None, pending: tuple[Any, ...] = ()) -> NamedPage:
    service = bm.service_name(pir.page.service, hint)
    model = bm.service_model(service) if service else None
    if model is None:
        report.warn(
            pir.page.file, None, f"botocore has no model for {pir.page.service!r}: shape names are derived from paths"
        )
    namer = _Namer(pir.page.file, model, report)
    later = {(p.op, p.side) for p in pending}
    ops: dict[str, Operation] = {}
    for name, op in pir.operations.items():
        ops[name] = namer.operation(op, later)
    pg = pir.page
    head = PageHead(pg.file, pg.service, pg.date, pg.declared, len(pg.sections), pg.summary)
    return NamedPage(head, service, ops, dict(sorted(namer.shapes.items())), pending)


def name_fills(
    fills: dict[tuple[str, str], tuple[Shape, list[Any]]], report: Report
) -> dict[str, list[tuple[str, str, Shape]]]:
    """Name each filled part once; every page that left it unrendered sees those shapes.

    Returns shape name -> (date, file, shape) sightings, one per page.
    """
    out: dict[str, list[tuple[str, str, Shape]]] = {}
    for (op_name, side), (shape, pages) in fills.items():
        last = pages[-1]
        model = bm.service_model(last.service)
        namer = _Namer(last.file, model, report)
        namer.op = op_name
        bop = bm.operation(model, op_name)
        b = bop.input_shape if side == "input" else bop.output_shape
        namer.root(shape, b, op_name + namer.suffixes[side == "output"], side)
        for name, named in sorted(namer.shapes.items()):
            out.setdefault(name, []).extend((p.date, p.file, named) for p in pages)
    return out


class _Namer:
    def __init__(self, file: str, model: Any, report: Report) -> None:
        self.file = file
        self.model = model
        self.report = report
        self.shapes: dict[str, Shape] = {}
        self.suffixes = bm.io_suffixes(model)
        self.op = ""

    def operation(self, op: Operation, later: Collection[tuple[str, str]] = ()) -> Operation:
        self.op = op.name
        bop = bm.operation(self.model, op.name)
        if bop is None and self.model is not None:
            self.report.warn(self.file, None, f"{op.name}: botocore's model has no such operation; names are derived")
        method = op.method or xform_name(op.name)
        if op.method and op.method != xform_name(op.name):
            self.report.warn(
                self.file, None, f"{op.name}: Request Syntax calls client.{op.method}, expected {xform_name(op.name)}"
            )
        b_in = bop.input_shape if bop is not None else None
        b_out = bop.output_shape if bop is not None else None
        # a part filled later is only referred to here: registering its empty placeholder would
        # read as a page that shows the shape without members
        # (pending parts exist only where botocore has the operation, so b_in / b_out are set)
        inp = (
            Ref(str(b_in.name))  # type: ignore[union-attr]
            if (op.name, "input") in later
            else self.root(op.input, b_in, op.name + self.suffixes[0], "input")
        )
        out = (
            Ref(str(b_out.name))  # type: ignore[union-attr]
            if (op.name, "output") in later
            else self.root(op.output, b_out, op.name + self.suffixes[1], "output")
        )
        return replace(op, input=inp, output=out, method=method)

    def root(self, shape: Shape, b: Any, fallback: str, side: str) -> Shape:
        # an empty input/output has no botocore shape; that is expected, not reported
        quiet = isinstance(shape, Structure) and not shape.members
        return self.walk(shape, b, fallback, (side,), {}, quiet=quiet)

    def walk(
        self, shape: Shape, b: Any, fallback: str, path: Path, ancestors: dict[Path, str], quiet: bool = False
    ) -> Shape:
        if isinstance(shape, Structure):
            name, derived = self.pick(b, "structure", fallback, path, quiet)
            here = {**ancestors, path[1:]: name}  # a marker's target is a path below input / output
            members = {}
            for k, m in shape.members.items():
                sub = self.walk(m.shape, bm.member(b, k), name + _upper_first(k), path + (k,), here)
                members[k] = m if sub is m.shape else replace(m, shape=sub)
            self.register(name, replace(shape, name=name, members=members, derived_from=derived), path)
            return Ref(name)
        if isinstance(shape, ListOf):
            return ListOf(self.walk(shape.member, bm.list_member(b), fallback + "Item", path + ("[]",), ancestors))
        if isinstance(shape, MapOf):
            key = self.walk(
                shape.key,
                getattr(b, "key", None) if b is not None else None,
                fallback + "Key",
                path + ("{key}",),
                ancestors,
            )
            return MapOf(key, self.walk(shape.value, bm.map_value(b), fallback + "Value", path + ("{}",), ancestors))
        if isinstance(shape, StringShape) and shape.enum:
            name, derived = self.pick(b, "string", fallback, path, quiet)
            self.register(name, replace(shape, name=name, derived_from=derived), path)
            return Ref(name)
        if isinstance(shape, Recursive):
            target = ancestors.get(shape.target) if shape.target is not None else None
            if b is not None and getattr(b, "type_name", None) == "structure":
                return Ref(b.name)
            if target is None:
                self.report.warn(
                    self.file, shape.line, f"{self.op}: cannot tell which shape {'.'.join(path)} re-enters"
                )
                return Structure()
            return Ref(target)
        return shape

    def pick(self, b: Any, type_name: str, fallback: str, path: Path, quiet: bool) -> tuple[str, str | None]:
        """The model's name for the shape at ``path``, or ``fallback`` and where it was derived from."""
        if b is not None and b.type_name == type_name:
            return str(b.name), None
        if quiet:  # an empty input or output: the API has no shape to name
            return fallback, None
        if self.model is not None:
            self.report.info(self.file, None, f"{self.op}: botocore lacks {'.'.join(path)}; named it {fallback}")
        return fallback, display_path(self.op, path)

    def register(self, name: str, shape: Shape, path: Path) -> None:
        old = self.shapes.get(name)
        if old is None:
            self.shapes[name] = shape
            return
        merged, conflicts = unify(old, shape)
        for c in conflicts:
            self.report.warn(self.file, None, f"{self.op}: shape {name} differs where {'.'.join(path)} uses it: {c}")
        self.shapes[name] = merged


def unify(old: Shape, new: Shape) -> tuple[Shape, list[str]]:
    """One shape from two sightings of the same named shape on one page.

    Members are united (page order of the first sighting, then new ones);
    ``required`` comes from the sighting that can show it (see :func:`required_flag`);
    a member whose type differs keeps ``old``'s.
    A sighting read off the page always wins over one filled from botocore.
    """
    if from_model(old) != from_model(new):
        return (new, []) if from_model(old) else (old, [])
    if isinstance(old, StringShape) and isinstance(new, StringShape):
        values = tuple(dict.fromkeys((old.enum or ()) + (new.enum or ())))
        return replace(
            old,
            enum=values or None,
            enum_since=_min_dates(old.enum_since, new.enum_since),
            enum_introduced=old.enum_introduced | new.enum_introduced,
        ), []
    if isinstance(old, Structure) and isinstance(new, Structure):
        conflicts: list[str] = []
        members = dict(old.members)
        for k, m in new.members.items():
            o = members.get(k)
            if o is None:
                members[k] = m
                continue
            if o == m and o.flags_from == m.flags_from and o.from_model == m.from_model:
                continue  # the same member seen twice (nested shapes are Refs here: a shallow compare)
            shape = keep_key_enum(m.shape, o.shape)
            if signature(shape) != signature(keep_key_enum(shape, m.shape)):
                conflicts.append(f"member {k} is {signature(o.shape)} and {signature(m.shape)}")
            required, source = required_flag(o, m)
            members[k] = replace(
                o,
                shape=shape,
                required=required,
                flags_from=source,
                doc=o.doc or m.doc,
                since=_min_date(o.since, m.since),
                introduced=o.introduced or m.introduced,
                from_model=o.from_model and m.from_model,
            )
        kind: Literal["structure", "union"] = "union" if "union" in (old.kind, new.kind) else "structure"
        return replace(
            old,
            members=members,
            kind=kind,
            doc=old.doc or new.doc,
            eventstream=old.eventstream or new.eventstream,
            elided=old.elided and new.elided,
        ), conflicts
    return old, [f"{signature(old)} and {signature(new)}"]


#: how well a sighting can show ``required``: a request rendering, the model, a response
FLAG_RANK = {"page": 2, "model": 1, None: 0}


def required_flag(a: Member, b: Member) -> tuple[bool, Literal["page", "model"] | None]:
    """``required`` of a member seen twice on one page: a page's request rendering beats the
    model, which beats a response rendering (that never marks [REQUIRED])."""
    ra, rb = FLAG_RANK[a.flags_from], FLAG_RANK[b.flags_from]
    if ra == rb:
        return a.required or b.required, a.flags_from
    return (a.required, a.flags_from) if ra > rb else (b.required, b.flags_from)


def keep_key_enum(old: Shape, new: Shape) -> Shape:
    """``new``, with ``old``'s enum map keys where ``new`` prints a key as a plain string.

    Syntax blocks print every map key as ``'string'``; only a Changes block shows that a
    key is an enum, so a plain key never undoes an enum key seen elsewhere.
    """
    if isinstance(old, MapOf) and isinstance(new, MapOf):
        key = new.key
        if isinstance(old.key, Ref) and isinstance(key, StringShape) and not key.enum:
            key = old.key
        return MapOf(key, keep_key_enum(old.value, new.value))
    if isinstance(old, ListOf) and isinstance(new, ListOf):
        return ListOf(keep_key_enum(old.member, new.member))
    return new


def from_model(shape: Shape) -> bool:
    return isinstance(shape, (Structure, StringShape)) and shape.from_model


def signature(shape: Shape) -> str:
    """A short type description; equal signatures mean the same member type."""
    if isinstance(shape, Ref):
        return shape.name
    if isinstance(shape, ListOf):
        return f"list[{signature(shape.member)}]"
    if isinstance(shape, MapOf):
        return f"map[{signature(shape.key)}, {signature(shape.value)}]"
    if isinstance(shape, StringShape):
        return "enum" if shape.enum else "string"
    if isinstance(shape, Scalar):
        return shape.type + (" (streaming)" if shape.streaming else "")
    if isinstance(shape, Structure):
        return "structure"
    return type(shape).__name__


def _min_date(a: str | None, b: str | None) -> str | None:
    return min((d for d in (a, b) if d), default=None)


def _min_dates(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    out = dict(a)
    for k, v in b.items():
        out[k] = min(out[k], v) if k in out else v
    return out


def display_path(op: str, path: Path) -> str:
    """``CreateTrainingSession.input.Tags[]``: where in the API a shape sits."""
    out = op
    for part in path:
        out += part if part in ("[]", "{}", "{key}") else f".{part}"
    return out


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


# -- Python names ---------------------------------------------------------------

_XFORM_1 = re.compile(r"(.)([A-Z][a-z]+)")
_XFORM_2 = re.compile(r"([a-z0-9])([A-Z])")


def xform_name(name: str) -> str:
    """botocore's snake_case for a wire name (``S3Uri`` -> ``s3_uri``)."""
    try:
        from botocore import xform_name as _xf
    except ImportError:  # pragma: no cover
        s = _XFORM_1.sub(r"\1_\2", name)
        return _XFORM_2.sub(r"\1_\2", s).lower()
    return str(_xf(name))


def attribute_name(wire: str) -> str:
    """The Python attribute for a member: snake_case, keywords get a trailing underscore."""
    name = xform_name(wire).replace("-", "_").replace(".", "_")
    if not name.isidentifier():
        name = re.sub(r"\W", "_", name)
        if not name[:1].isalpha() and not name.startswith("_"):
            name = "m_" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED_ATTRS:
        name += "_"
    return name


#: attribute names the runtime base classes use themselves
_RESERVED_ATTRS = frozenset({"to_dict", "from_dict", "extra", "response_metadata", "replace"})


#: names used in annotations and in generated code that a field must not shadow
_SHADOWED = frozenset({"list", "dict", "datetime", "Any", "Mapping", "ClassVar", "self", "cls"})
#: builtins a field may be named after (``PayloadPart.bytes``): the class's annotations then
#: say ``builtins.bytes``, and no generated method body uses them
QUALIFIED_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes"})


def _unique(items: Iterable[str], ident: Callable[[str], str]) -> dict[str, str]:
    """item -> ``ident(item)``, with ``_2``, ``_3`` ... appended where two items collide."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for item in items:
        base = ident(item)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        out[item] = name
    return out


def field_names(members: Iterable[str]) -> dict[str, str]:
    """wire name -> unique attribute name, for the members of one structure."""

    def ident(wire: str) -> str:
        name = attribute_name(wire)
        return name + "_" if name in _SHADOWED else name

    return _unique(members, ident)


def enum_member_names(values: tuple[str, ...]) -> dict[str, str]:
    """Valid, unique identifiers for enum values (``ml.m4.xlarge`` -> ``ML_M4_XLARGE``,
    ``InService`` -> ``IN_SERVICE``)."""

    def ident(value: str) -> str:
        # split at word boundaries as botocore's xform_name does: InService -> IN_SERVICE
        words = [xform_name(w) for w in re.split(r"[^0-9A-Za-z]+", value) if w]
        base = "_".join(words).upper() or "EMPTY"
        if base[0].isdigit():
            base = "V_" + base
        return base + "_" if keyword.iskeyword(base) else base

    return _unique(values, ident)
