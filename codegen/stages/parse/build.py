"""One page -> its operations as IR: syntax trees with docs, flags and Changes applied.

Syntax (what :mod:`codegen.stages.parse.literal` read) gives the shape of every member; the
doc tree gives docs, ``[REQUIRED]`` and union notes. Both are cross-checked:
a syntax member without docs is a :class:`SpecError`; a documented member the
syntax lacks, or a declared type that contradicts the syntax, is reported.
"""

from __future__ import annotations

from typing import Any, Literal

from codegen.core.artifacts import Page, PageIR, Section
from codegen.core.diagnostics import Report, SpecError
from codegen.core.ir import ListOf, MapOf, Member, Operation, Recursive, Scalar, Shape, StringShape, Structure, replace
from codegen.stages.parse import literal
from codegen.stages.parse.doctree import TYPE_WORDS, DocNode, param_tree, response_tree

Path = tuple[str, ...]


def build_page(page: Page, report: Report) -> PageIR:
    ops: dict[str, Operation] = {}
    for sec in page.sections:
        ops[sec.name] = build_operation(sec, page, report)
    return PageIR(page, ops)


def build_operation(sec: Section, page: Page, report: Report) -> Operation:
    file = page.file
    ctx = Checker(file, report, sec.name)

    if sec.request is None or not sec.request.lines:
        raise SpecError(file, sec.line, f"{sec.name}: the Request Syntax block is empty")
    unrendered: set[str] = set()
    inp: Shape
    out: Shape
    if sec.request.too_large:
        unrendered.update(("input", "input-docs"))
        method, inp = "", Structure()
    else:
        method, request = literal.parse_request(sec.request, file)
        if sec.params_too_large:
            unrendered.add("input-docs")
            inp = request
        else:
            inp = ctx.attach_params(request, sec)

    if sec.returns_none or sec.response is None:
        out = Structure()
    elif sec.response.too_large:
        unrendered.update(("output", "output-docs"))
        out = Structure()
    else:
        parsed = literal.parse_response(sec.response, file)
        tree = None
        if sec.structure is None or sec.structure.too_large:
            unrendered.add("output-docs")
        else:
            tree = response_tree(sec.structure)
            if tree is None and parsed.members:
                raise SpecError(file, sec.structure.line, f"{sec.name}: expected '• (dict) --' in Response Structure")
        out = parsed if tree is None else ctx.attach_struct(parsed, tree, ("output",), is_input=False)
    for part in sorted(unrendered):
        report.info(file, sec.line, f"{sec.name}: the page does not render its {part} ('too large to render')")

    deferred: list[tuple[str, object, int]] = []
    for ch in sec.changes:
        data = literal.parse_changes(ch.block, file)
        if ch.kind == "request" and "input" not in unrendered:
            inp = apply_changes(key_enums(inp, data), data, page.date, ctx, ch.block.line, ("input",))
        elif ch.kind == "response" and "output" not in unrendered:
            out = apply_changes(key_enums(out, data), data, page.date, ctx, ch.block.line, ("output",))
        else:
            deferred.append((ch.kind, data, ch.block.line))
    if sec.status == "new":
        inp, out = mark_new(inp, page.date), mark_new(out, page.date)

    if "input-docs" not in unrendered:
        inp = flags_from(inp, "page")
    inp = resolve_recursion(inp, (), [], ctx)
    out = resolve_recursion(out, (), [], ctx)
    assert isinstance(inp, Structure) and isinstance(out, Structure)
    return Operation(
        name=sec.name,
        method=method,
        status=sec.status,
        doc=sec.doc,
        input=inp,
        output=out,
        page=page.date,
        since=page.date if sec.status == "new" else None,
        returns_none=sec.returns_none,
        unrendered=frozenset(unrendered),
        deferred_changes=tuple(deferred),
    )


class Checker:
    def __init__(self, file: str, report: Report, op: str) -> None:
        self.file = file
        self.report = report
        self.op = op

    def warn(self, line: int | None, msg: str) -> None:
        self.report.warn(self.file, line, f"{self.op}: {msg}")

    def attach_params(self, inp: Structure, sec: Section) -> Structure:
        docs = {p.name: p for p in sec.params}
        members: dict[str, Member] = {}
        for name, mem in inp.members.items():
            p = docs.get(name)
            if p is None:
                raise SpecError(
                    self.file, mem.line, f"{self.op}: parameter {name} has no 'type {name}' / 'param {name}' docs"
                )
            members[name] = self.attach_member(mem, param_tree(p), ("input", name), is_input=True)
        for name, p in docs.items():
            if name not in inp.members:
                self.warn(p.line, f"parameter {name} is documented but not in the Request Syntax")
        return replace(inp, members=members)

    def attach_member(self, mem: Member, node: DocNode, path: Path, is_input: bool) -> Member:
        self.check_type(mem.shape, node, path)
        shape = self.attach(mem.shape, node, path, is_input)
        # a request member's flag is read off this page here (flags_from then has nothing to copy)
        return replace(
            mem,
            shape=shape,
            doc=node.doc,
            required=node.required and is_input,
            flags_from="page" if is_input else mem.flags_from,
        )

    def attach(self, shape: Shape, node: DocNode, path: Path, is_input: bool) -> Shape:
        if isinstance(shape, Structure):
            return self.attach_struct(shape, node, path, is_input)
        if isinstance(shape, ListOf):
            item = node.unnamed()
            if item is None:
                return shape
            self.check_type(shape.member, item, path + ("[]",))
            return ListOf(self.attach(shape.member, item, path + ("[]",), is_input))
        if isinstance(shape, MapOf) and node.child("string") is not None and node.unnamed() is None:
            # {'string': X} is how the syntax prints a map, and also a structure whose one
            # member is named "string"; the docs tell them apart (a named bullet, no key bullet)
            as_struct = Structure(members={"string": Member(shape=shape.value)})
            return self.attach_struct(as_struct, node, path, is_input)
        if isinstance(shape, MapOf):
            key = node.unnamed()
            value = key.unnamed() if key is not None else None
            if value is None:
                return shape
            self.check_type(shape.value, value, path + ("{}",))
            return MapOf(shape.key, self.attach(shape.value, value, path + ("{}",), is_input))
        if isinstance(shape, Recursive):
            return replace(shape, doc=node.doc, declared=TYPE_WORDS.get(node.type_word or ""))
        return shape

    def attach_struct(self, st: Structure, node: DocNode, path: Path, is_input: bool) -> Structure:
        members: dict[str, Member] = {}
        documented = any(c.name is not None for c in node.children)
        for name, mem in st.members.items():
            child = node.child(name)
            if child is None and not documented:
                # the docs list no member of this structure at all: not rendered, not a typo
                self.warn(mem.line, f"members of {'.'.join(path[1:]) or path[0]} have no doc bullets")
                members[name] = mem
                continue
            if child is None:
                raise SpecError(
                    self.file,
                    mem.line,
                    f"{self.op}: member {'.'.join(path[1:] + (name,))} is in the syntax but has no doc bullet",
                )
            members[name] = self.attach_member(mem, child, path + (name,), is_input)
        for child in node.children:
            if st.elided:
                break  # the syntax printed {...}: the docs may name members it did not show
            if child.name is not None and child.name not in st.members:
                self.warn(
                    child.line, f"member {'.'.join(path[1:] + (child.name,))} is documented but not in the syntax"
                )
        kind = "union" if node.is_union else st.kind
        return replace(st, members=members, kind=kind, doc=node.doc)

    def check_type(self, shape: Shape, node: DocNode, path: Path) -> None:
        word = node.type_word
        if word is None:
            return
        want = TYPE_WORDS.get(word)
        where = ".".join(path[1:]) or path[0]
        if want is None:
            self.warn(node.line, f"{where}: unknown declared type {word!r}")
            return
        if not _compatible(shape, want):
            self.warn(node.line, f"{where}: declared type {word!r} contradicts the syntax ({_describe(shape)})")


def _compatible(shape: Shape, want: str) -> bool:
    if isinstance(shape, Recursive):
        return want in ("dict", "list")
    if isinstance(shape, Structure):
        return want == ("eventstream" if shape.eventstream else "dict")
    if isinstance(shape, MapOf):
        return want == "dict"
    if isinstance(shape, ListOf):
        return want == "list"
    if isinstance(shape, StringShape):
        return want == "string"
    if isinstance(shape, Scalar):
        if shape.type == "blob":
            return want in ("blob", "streaming")
        return want == shape.type
    return False


def _describe(shape: Shape) -> str:
    if isinstance(shape, Structure):
        return "event stream" if shape.eventstream else "structure"
    if isinstance(shape, Scalar):
        return shape.type
    return {ListOf: "list", MapOf: "map", StringShape: "string", Recursive: "recursive shape"}.get(type(shape), "?")


def flags_from(shape: Shape, source: Literal["page", "model"]) -> Shape:
    """Mark every member's ``required`` flag in a request tree as read from ``source``."""
    # what is marked already is kept as it is: most of a request is, by attach_member
    if isinstance(shape, Structure):
        members = {}
        for k, m in shape.members.items():
            sub = m.shape if isinstance(m.shape, (Scalar, StringShape)) else flags_from(m.shape, source)
            members[k] = m if sub is m.shape and m.flags_from == source else replace(m, shape=sub, flags_from=source)
        if all(members[k] is m for k, m in shape.members.items()):
            return shape
        return replace(shape, members=members)
    if isinstance(shape, ListOf):
        member = flags_from(shape.member, source)
        return shape if member is shape.member else ListOf(member)
    if isinstance(shape, MapOf):
        value = flags_from(shape.value, source)
        return shape if value is shape.value else MapOf(shape.key, value)
    return shape


# -- Changes blocks -----------------------------------------------------------


def mark_new(shape: Shape, date: str) -> Shape:
    """Everything inside ``shape`` was introduced on ``date``."""
    if isinstance(shape, Structure):
        members = {
            k: replace(m, shape=mark_new(m.shape, date), since=date, introduced=True) for k, m in shape.members.items()
        }
        return replace(shape, members=members)
    if isinstance(shape, ListOf):
        return ListOf(mark_new(shape.member, date))
    if isinstance(shape, MapOf):
        return MapOf(shape.key, mark_new(shape.value, date))
    if isinstance(shape, StringShape) and shape.enum:
        return replace(shape, enum_since={v: date for v in shape.enum}, enum_introduced=frozenset(shape.enum))
    return shape


def _container_target(shape: Shape) -> Shape:
    """Changes blocks look through lists and maps to the structure inside."""
    while isinstance(shape, (ListOf, MapOf)):
        shape = shape.member if isinstance(shape, ListOf) else shape.value
    return shape


def key_enums(shape: Shape, change: Any) -> Shape:
    """Map keys that a Changes block spells as an enum.

    The syntax prints every map key as ``'string'``; a Changes block prints the key of a map
    whose keys are an enum as its values (``{'CPU | GPU': [...]}``, or ``{'Scaling': 'integer'}``
    for a one-value enum). That is the only place a page shows such an enum.
    """
    if isinstance(shape, Structure) and isinstance(change, dict):
        members = dict(shape.members)
        for k, sub in change.items():
            m = members.get(k)
            if m is not None:
                members[k] = replace(m, shape=key_enums(m.shape, sub))
        return replace(shape, members=members)
    if isinstance(shape, ListOf):  # Changes blocks may skip a list's level too
        return ListOf(key_enums(shape.member, change[0] if isinstance(change, list) and len(change) == 1 else change))
    if isinstance(shape, MapOf):
        level = _key_level(shape, change)
        if level is None:  # the block skips the key level
            return MapOf(shape.key, key_enums(shape.value, change))
        spelled, sub = level
        key = shape.key
        if spelled != "string" and isinstance(key, StringShape) and not key.enum:
            key = StringShape(enum=spelled_values(spelled))
        return MapOf(key, key_enums(shape.value, sub))
    return shape


def _key_level(shape: MapOf, change: Any) -> tuple[str, Any] | None:
    """``(key as spelled, change of the value)`` where ``change`` shows the map's key level.

    Changes blocks print a map as ``{'string': X}``, as ``{'A | B': X}`` for an enum key, or
    skip the key and show the value's members directly; a lone key that names a member of the
    value structure is that last form.
    """
    if not isinstance(change, dict) or len(change) != 1:
        return None
    ((spelled, sub),) = change.items()
    if not isinstance(spelled, str):
        return None
    value = _container_target(shape.value)
    if spelled != "string" and "|" not in spelled and isinstance(value, Structure) and spelled in value.members:
        return None
    return spelled, sub


def _unwrap(shape: Shape, change: Any) -> tuple[Shape, Any]:
    """Step through lists and maps, in the shape and, where it shows them, in the change."""
    while isinstance(shape, (ListOf, MapOf)):
        if isinstance(shape, ListOf):
            if isinstance(change, list) and len(change) == 1:
                change = change[0]
            shape = shape.member
        else:
            level = _key_level(shape, change)
            if level is not None:
                change = level[1]
            shape = shape.value
    return shape, change


def _covers(shape: Shape, change: Any) -> bool:
    """Does ``change`` spell out all of ``shape`` (so the member itself is new)?"""
    shape, change = _unwrap(shape, change)
    if isinstance(change, list):
        return len(change) == 1 and _covers(shape, change[0])
    if isinstance(change, (set, frozenset)):
        return False
    if isinstance(change, dict):
        if not isinstance(shape, Structure):
            return False
        return set(change) == set(shape.members) and all(_covers(shape.members[k].shape, v) for k, v in change.items())
    return True  # a type word, an enum spelled 'A | B', or () for recursion


def apply_changes(st: Shape, change: Any, date: str, ctx: Checker, line: int, path: Path, grow: bool = False) -> Shape:
    """Date what a Changes block names in ``st``.

    With ``grow`` (``st`` was filled from a model, which may be older than the page), a member
    or an enum value the block spells out but ``st`` lacks is added as the block shows it: the
    block is the page's own rendering of what it added, and an older model never hides it.
    """
    target, change = _unwrap(st, change)
    if change == () or isinstance(target, Recursive):
        return st
    if not isinstance(target, Structure) or not isinstance(change, dict):
        ctx.warn(line, f"Changes block entry at {'.'.join(path)} does not match the syntax ({_describe(target)})")
        return st
    members = dict(target.members)
    for name, sub in change.items():
        mem = members.get(name)
        if mem is None:
            built = shape_of_change(sub, date) if grow else None
            if built is None:
                ctx.warn(line, f"Changes block names {'.'.join(path[1:] + (name,))}, which the syntax does not have")
                continue
            members[name] = Member(shape=built, since=date, introduced=True)
            continue
        members[name] = _apply_member(mem, sub, date, ctx, line, path + (name,), grow)
    return _replace_target(st, replace(target, members=members))


def shape_of_change(change: Any, date: str) -> Shape | None:
    """The shape a Changes block spells out for a new member (``None``: it does not say).

    Blocks print a structure as a dict, a list as ``[X]``, a map as ``{'string': X}`` (or
    ``{'A | B': X}`` for an enum key), a scalar as its type word and an enum as ``'A | B'``;
    a set (new values of an enum it does not show) and ``()`` (recursion) spell no shape.
    """
    if isinstance(change, list) and len(change) == 1:
        item = shape_of_change(change[0], date)
        return ListOf(item) if item is not None else None
    if isinstance(change, dict):
        if len(change) == 1:
            ((key, sub),) = change.items()
            if isinstance(key, str) and (key == "string" or "|" in key):
                value = shape_of_change(sub, date)
                if value is None:
                    return None
                spelled = _enum_of_word(key, date)
                return MapOf(spelled if spelled is not None else StringShape(), value)
        members: dict[str, Member] = {}
        for k, sub in change.items():
            built = shape_of_change(sub, date)
            if not isinstance(k, str) or built is None:
                return None
            members[k] = Member(shape=built, since=date, introduced=True)
        return Structure(members=members)
    if isinstance(change, str):
        word = "document" if change.strip() == "document" else TYPE_WORDS.get(change.strip())
        if word == "string":
            return StringShape()
        if word in ("integer", "float", "boolean", "timestamp", "blob", "document"):
            return Scalar(word)  # type: ignore[arg-type]
        if word is not None:
            return None  # 'dict' / 'list' alone say nothing of what is inside
        return _enum_of_word(change, date)
    return None


def spelled_values(spelled: str) -> tuple[str, ...]:
    """The values of an enum a Changes block spells ``'A | B'``."""
    return tuple(v.strip() for v in spelled.split("|") if v.strip())


def _enum_of_word(spelled: str, date: str) -> StringShape | None:
    values = spelled_values(spelled)
    if not values or values == ("string",):
        return None
    return StringShape(enum=values, enum_since=dict.fromkeys(values, date), enum_introduced=frozenset(values))


def _replace_target(shape: Shape, new: Shape) -> Shape:
    if isinstance(shape, ListOf):
        return ListOf(_replace_target(shape.member, new))
    if isinstance(shape, MapOf):
        return MapOf(shape.key, _replace_target(shape.value, new))
    return new


def _apply_member(
    mem: Member, change: Any, date: str, ctx: Checker, line: int, path: Path, grow: bool = False
) -> Member:
    if isinstance(change, (set, frozenset)):
        target = _container_target(mem.shape)
        if not isinstance(target, StringShape) or not target.enum:
            ctx.warn(line, f"Changes block lists new enum values for {'.'.join(path[1:])}, which is not an enum")
            return mem
        values = target.enum
        unknown = sorted(v for v in change if isinstance(v, str) and v not in values)
        if unknown and grow:
            values = values + tuple(unknown)
            target = replace(target, enum=values)
        elif unknown:
            ctx.warn(line, f"Changes block adds {unknown} to {'.'.join(path[1:])}, but the syntax lacks them")
        new = {v: date for v in values if v in change}  # enum order: sets iterate by hash
        updated = replace(
            target,
            enum_since={**target.enum_since, **new},
            enum_introduced=target.enum_introduced | frozenset(new),
        )
        return replace(mem, shape=_replace_target(mem.shape, updated))
    if _covers(mem.shape, change):
        return replace(mem, shape=mark_new(mem.shape, date), since=date, introduced=True)
    return replace(mem, shape=apply_changes(mem.shape, change, date, ctx, line, path, grow))


# -- recursion ----------------------------------------------------------------


def resolve_recursion(
    shape: Shape, path: Path, ancestors: list[tuple[Path, Structure, Member | None]], ctx: Checker
) -> Shape:
    """Give each ``{'... recursive ...'}`` the path of the ancestor structure it re-enters.

    The page does not say which ancestor; the renderer prints the marker when a
    shape already on the path comes again. We pick the ancestor whose docs match
    the marker's docs (the shape's own documentation), else the nearest one.
    """
    if isinstance(shape, Structure):
        here = ancestors + [(path, shape, None)]
        members = {}
        changed = False
        for k, m in shape.members.items():
            if isinstance(m.shape, (Scalar, StringShape)):
                members[k] = m  # holds no marker (most members)
                continue
            sub = _resolve_member(m, path + (k,), here, ctx)
            if sub is m.shape:
                members[k] = m
            else:
                members[k] = replace(m, shape=sub)
                changed = True
        # most trees hold no recursion marker: they come back as they are, not copied
        return replace(shape, members=members) if changed else shape
    if isinstance(shape, ListOf):
        item = resolve_recursion(shape.member, path + ("[]",), ancestors, ctx)
        return shape if item is shape.member else ListOf(item)
    if isinstance(shape, MapOf):
        value = resolve_recursion(shape.value, path + ("{}",), ancestors, ctx)
        return shape if value is shape.value else MapOf(shape.key, value)
    return shape


def _resolve_member(
    mem: Member, path: Path, ancestors: list[tuple[Path, Structure, Member | None]], ctx: Checker
) -> Shape:
    marker = _container_target(mem.shape)
    if isinstance(marker, Recursive):
        candidates = [(p, s) for p, s, _ in ancestors if p]  # the operation root is never re-entered
        if not candidates:
            ctx.warn(mem.line, f"recursion marker at {'.'.join(path)} has no ancestor structure to re-enter")
            return mem.shape
        doc = marker.doc or mem.doc
        if marker.declared == "list" and mem.shape is marker:
            # the bullet says (list): the marker re-enters a list, so it stands for a list of an
            # ancestor that is a list's item (the renderer prints the list's item shape once)
            items = [(p, s) for p, s in candidates if p[-1] == "[]"]
            if items:
                chosen = next((p for p, s in reversed(items) if s.doc and s.doc == doc), items[-1][0])
                return ListOf(replace(marker, target=chosen))
        chosen = next((p for p, s in reversed(candidates) if s.doc and s.doc == doc), candidates[-1][0])
        return _replace_target(mem.shape, replace(marker, target=chosen))
    return resolve_recursion(mem.shape, path, ancestors, ctx)
