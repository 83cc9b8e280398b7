"""Give every structure, union and enum of a page its name; the one place that owns naming.

Names come from botocore's service model, walked along the same path as the
page's syntax (operation -> input/output -> member -> list member / map value).
Where botocore lacks the path, the name is derived from the path
(``UserContext`` + ``NewMember`` -> ``UserContextNewMember``) and reported.
Python names (``xform_name``, keyword escapes, enum member names) live here too.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from codegen.core import botocore_model as bm
from codegen.core.artifacts import Fills, NamedPage, PageIR, Sighting
from codegen.core.diagnostics import Report
from codegen.core.ir import (
    ListOf,
    MapOf,
    Operation,
    PageInfo,
    Recursive,
    Ref,
    Scalar,
    Shape,
    StringShape,
    Structure,
    from_model,
    keep_key_enum,
    replace,
    required_flag,
    signature,
)
from codegen.core.names import xform_name

Path = tuple[str, ...]


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
    head = PageInfo(
        file=pg.file, service=pg.service, date=pg.date, declared=pg.declared, found=len(pg.sections), summary=pg.summary
    )
    return NamedPage(head, service, ops, dict(sorted(namer.shapes.items())), pending)


def name_fills(fills: Fills, report: Report) -> dict[str, list[Sighting]]:
    """Name each filled part once; every page that left it unrendered sees those shapes.

    Returns shape name -> (date, file, shape) sightings, one per page.
    """
    out: dict[str, list[Sighting]] = {}
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
                if isinstance(m.shape, (Scalar, Ref)) or (isinstance(m.shape, StringShape) and not m.shape.enum):
                    members[k] = m  # nothing in it to name (most members): walk would return it as it is
                    continue
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
