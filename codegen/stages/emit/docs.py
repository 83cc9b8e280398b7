"""Reference pages for the docs site, generated from the IR (so they cannot disagree with the code).

:func:`doc_files` gives the Markdown of ``reference/`` and ``changes/`` (the pipeline writes
them under ``docs/``, the runtime's under ``docs/runtime/``): one page per operation and per
enum, shapes grouped by first letter, and one "What changed" page per spec date built from the
pages' Changes blocks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from codegen.core import botocore_model
from codegen.core.artifacts import NamedPage
from codegen.core.ir import (
    ListOf,
    MapOf,
    Operation,
    Ref,
    Scalar,
    Service,
    Shape,
    StringShape,
    Structure,
    current,
    reachable,
)
from codegen.core.names import field_names, xform_name
from codegen.core.targets import Target
from codegen.stages.emit.docstrings import derived_note, first_paragraph
from codegen.stages.emit.doctext import markdown, md_inline
from codegen.stages.emit.layout import chunk_modules
from codegen.stages.emit.method_views import MethodViews, waiter_views
from codegen.stages.emit.resources import find_resources
from codegen.stages.emit.snippets import Extras, Unsampleable, typed_call
from codegen.stages.emit.symbols import Symbols


class _Docs:
    def __init__(self, svc: Service, target: Target) -> None:
        self.svc = svc
        self.target = target
        self.oldest = svc.pages[0].date
        self.groups = chunk_modules(n for n, s in svc.shapes.items() if isinstance(s, Structure))
        self.request_of = {op.input.name: op for op in svc.operations.values() if isinstance(op.input, Ref)}
        self.extras = extras_of(svc, target)

    def link(self, name: str, depth: int) -> str:
        up = "../" * depth
        if isinstance(self.svc.shapes[name], StringShape):
            return f"[{name}]({up}enums/{name}.md)"
        return f"[{name}]({up}shapes/{self.groups[name]}.md#{name.lower()})"

    def type_of(self, shape: Shape, depth: int) -> str:
        if isinstance(shape, Ref):
            return self.link(shape.name, depth)
        if isinstance(shape, ListOf):
            return f"list[{self.type_of(shape.member, depth)}]"
        if isinstance(shape, MapOf):
            return f"dict[str, {self.type_of(shape.value, depth)}]"
        if isinstance(shape, StringShape):
            return "str"
        if isinstance(shape, Scalar):
            return {
                "timestamp": "datetime",
                "blob": "bytes",
                "document": "JSON value",
                "integer": "int",
                "boolean": "bool",
            }.get(shape.type, shape.type)
        return "?"

    def since(self, since: str | None, introduced: bool, removed: str | None = None) -> str:
        text = since or ""
        if since and not introduced and since == self.oldest:
            text = f"≤ {since}"
        if removed:
            text += f" (gone from pages {removed})"
        return text

    def members_table(self, st: Structure, depth: int, show_required: bool) -> list[str]:
        """One block per member: its names, type, flags and dates, then every word of its description
        (a block reads at any width; a table of long descriptions did not)."""
        names = field_names(st.members)
        secret = botocore_model.sensitive_members(self.svc.title).get(st.name or "", frozenset())
        old = botocore_model.deprecations(self.svc.title)[1].get(st.name or "", {})
        out: list[str] = []
        for wire, m in st.members.items():
            head = [f"**`{names[wire]}`**", f"wire `{wire}`", self.type_of(m.shape, depth)]
            if show_required and m.required:
                head.append("**required**")
            since = self.since(m.since, m.introduced, m.removed)
            if since:
                head.append(f"since {since}")
            notes = []
            if m.from_model:
                notes.append("*No page shows it: taken from botocore's model.*")
            if wire in old:
                notes.append(f"**Deprecated**: {md_inline(old[wire])}")
            if wire in secret:
                notes.append("**Sensitive**: `repr()` shows `'***'`.")
            out += ['<div class="sm-member" markdown>', "", " · ".join(head), ""]
            if notes:
                out += [" ".join(notes), ""]
            out += [markdown(m.doc) if m.doc else "*No description on the pages.*", "", "</div>", ""]
        return out if st.members else ["*(no members)*"]

    def operation_page(self, name: str) -> str:
        op = self.svc.operations[name]
        assert isinstance(op.input, Ref) and isinstance(op.output, Ref)
        inp, out = self.svc.shapes[op.input.name], self.svc.shapes[op.output.name]
        assert isinstance(inp, Structure) and isinstance(out, Structure)
        lines = [
            f"# {name} · {op.method}",  # the method name in the title: the search ranks titles first
            "",
            f"`{self.target.client}.{op.method}(...)` → {self.link(op.output.name, 1)}",
            "",
            f"Operation since {self.since(op.since, op.introduced)}; defined by the {op.page} page.",
            "",
            markdown(op.doc) if op.doc else "*No description on the pages.*",
            "",
            "## Typed call",
            "",
            *self.typed_call(op),
            "",
            f"## Request: {self.link(op.input.name, 1)}",
            "",
            *self.members_table(inp, 1, True),
            "",
            f"## Response: {self.link(op.output.name, 1)}",
            "",
            *self.members_table(out, 1, False),
            "",
        ]
        return "\n".join(lines)

    def typed_call(self, op: Operation) -> list[str]:
        try:
            code = typed_call(self.svc, self.target, op, self.extras.get(op.name, Extras()))
        except Unsampleable:
            return ["*A required member requires itself: no finite sample call.*"]
        return ["```python", code.rstrip("\n"), "```"]

    def enum_page(self, name: str) -> str:
        s = self.svc.shapes[name]
        assert isinstance(s, StringShape)
        lines = [
            f"# {name}",
            "",
            f"Open enum `{self.target.public}.enums.{name}`: unknown values load with `is_known == False`.",
            "",
            *([_para(derived_note(name, s.derived_from)), ""] if s.derived_from else []),
            "| value | since |",
            "|---|---|",
        ]
        for v in s.enum or ():
            lines.append(
                f"| `{v}` | {self.since(s.enum_since.get(v), v in s.enum_introduced, s.enum_removed.get(v))} |"
            )
        return "\n".join(lines) + "\n"

    def shape_pages(self) -> Iterator[tuple[str, str]]:
        groups: dict[str, list[str]] = {}
        for name, g in self.groups.items():
            groups.setdefault(g, []).append(name)
        for g, names in sorted(groups.items()):
            lines = [f"# Shapes {names[0]} … {names[-1]}", ""]
            for name in names:
                st = self.svc.shapes[name]
                assert isinstance(st, Structure)
                kind = " (tagged union)" if st.kind == "union" else ""
                lines += [f"## {name}", "", f"`{self.target.public}.shapes.{name}`{kind}", ""]
                request = self.request_of.get(name)
                if st.doc:
                    lines += [markdown(st.doc), ""]
                elif request is not None:  # what the request is for: its operation's description
                    lines += [
                        f"The request of [{request.name}](../operations/{request.name}.md) "
                        f"(`{self.target.client}.{request.method}`): {md_inline(first_paragraph(request.doc))}",
                        "",
                    ]
                if st.derived_from:
                    lines += [_para(derived_note(name, st.derived_from)), ""]
                lines += [*self.members_table(st, 1, True), ""]
            yield g, "\n".join(lines)


def extras_of(svc: Service, target: Target) -> dict[str, Extras]:
    """operation -> its paginator and waiters, as the generated client has them."""
    views = MethodViews(Symbols(current(svc), target))
    methods = [views.method_view(op) for op in views.sym.svc.operations.values()]
    waiters: dict[str, list[str]] = {}
    for w in waiter_views(target.service, methods):
        waiters.setdefault(w.method.operation, []).append(w.name)
    return {
        m.operation: Extras(
            paginate=(m.paginate[1], m.paginate[0]) if m.paginate else None, waiters=tuple(waiters.get(m.operation, ()))
        )
        for m in methods
    }


def _cell(text: str) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 300 else text[:297] + "..."


def _para(text: str) -> str:
    return text.replace("\u00a0", " ").replace("<", "&lt;")


@attrs.frozen
class _Event:
    item: str  # "member `X` of [Shape](...)"
    removed: bool
    users: frozenset[str]  # the operations whose requests or responses reach the shape


def release_events(svc: Service, d: _Docs) -> dict[str, list[_Event]]:
    """date -> what the history dates on it (members and enum values added or removed)."""
    users: dict[str, set[str]] = {}
    for op_name, op in svc.operations.items():
        for shape_name in reachable(svc.shapes, op.input) + reachable(svc.shapes, op.output):
            users.setdefault(shape_name, set()).add(op_name)
    out: dict[str, list[_Event]] = {}
    for shape_name, s in svc.shapes.items():
        where = frozenset(users.get(shape_name, ()))
        target = d.link(shape_name, 0).replace("](", "](../reference/", 1)
        if isinstance(s, StringShape):
            for v in s.enum or ():
                since, gone = s.enum_since.get(v), s.enum_removed.get(v)
                if v in s.enum_introduced and since:
                    out.setdefault(since, []).append(_Event(f"enum value `{v}` of {target}", False, where))
                if gone:
                    out.setdefault(gone, []).append(_Event(f"enum value `{v}` of {target}", True, where))
        elif isinstance(s, Structure):
            for k, m in s.members.items():
                if m.introduced and m.since:
                    out.setdefault(m.since, []).append(_Event(f"member `{k}` of {target}", False, where))
                if m.removed:
                    out.setdefault(m.removed, []).append(_Event(f"member `{k}` of {target}", True, where))
    return out


def changes_page(date: str, page: NamedPage, svc: Service, events: list[_Event]) -> str:
    """What one release added and removed: operations, members and enum values, each linked
    (added: from its Changes blocks and new operations; removed: what its renderings dropped)."""
    here = set(page.operations)
    added: dict[str, set[str]] = {}
    removed: dict[str, set[str]] = {}
    for e in events:
        shown = (e.users & here) or e.users
        if e.removed:
            removed.setdefault(e.item, set()).update(shown)
        elif e.users & here:  # dated by a Changes block of an operation on this page
            added.setdefault(e.item, set()).update(shown)
    new_ops = sorted(n for n, op in page.operations.items() if op.status == "new")
    info = next(p for p in svc.pages if p.date == date)
    lines = [f"# {date}", "", _para(info.summary), ""]
    lines += [f"{len(new_ops)} operations, {len(added)} members and values added; {len(removed)} removed.", ""]
    if new_ops:
        lines += ["## New operations", ""] + [f"- [{n}](../reference/operations/{n}.md)" for n in new_ops] + [""]
    for title, items in (("Added", added), ("Removed", removed)):
        if not items:
            continue
        lines += [f"## {title}", ""]
        for item, ops in sorted(items.items()):
            links = ", ".join(f"[{o}](../reference/operations/{o}.md)" for o in sorted(ops)[:8])
            more = f" and {len(ops) - 8} more" if len(ops) > 8 else ""
            lines.append(f"- {item}" + (f" (in {links}{more})" if ops else ""))
        lines.append("")
    return "\n".join(lines)


START, END = "<!-- operations:start -->", "<!-- operations:end -->"


def operations_table(svc: Service, columns: int = 3, link: str | None = None) -> str:
    """A table of the supported operations (method names; linked to the reference under ``link``)."""
    names = list(svc.operations)
    rows = (len(names) + columns - 1) // columns
    lines = ["| " + " | ".join(["operation"] * columns) + " |", "|" + "---|" * columns]
    for r in range(rows):
        cells = []
        for c in range(columns):
            i = c * rows + r
            if i >= len(names):
                cells.append("")
            elif link:
                cells.append(f"[`{svc.operations[names[i]].method}`]({link}{names[i]}.md)")
            else:
                cells.append(f"`{svc.operations[names[i]].method}`")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def update_readme(readme: Path, svc: Service, link: str | None = None) -> None:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    block = f"{START}\n{len(svc.operations)} operations from {len(svc.pages)} change-log pages ({svc.pages[0].date} to {svc.pages[-1].date}):\n\n{operations_table(svc, link=link)}\n{END}"
    readme.write_text(head + block + tail, encoding="utf-8")


def resources_page(svc: Service) -> str:
    """Every resource of :mod:`smtyped.resources`: what identifies it, its methods, when a wait ends."""
    lines = [
        "# Resources",
        "",
        "Every class of `smtyped.resources` (and, awaited, `smtyped.resources.aio`), found by rule from "
        "the operations' names (see [the guide](../resources.md)). Its fields are its Describe result; "
        "`get`, `refresh` and the methods below call the operations named.",
        "",
        "| resource | identified by | methods | `wait()` ends at (failing) |",
        "|---|---|---|---|",
    ]
    for res in find_resources(svc):
        methods = ["get", "refresh"] + [v.lower() for v, _ in res.verbs]
        if res.listing is not None:
            methods.append("list")
        if res.status is not None:
            methods += ["wait", "wait_for_status"]
        ends = "—"
        if res.status is not None:
            ends = ", ".join(res.status.terminal) + (f" ({', '.join(res.status.failed)})" if res.status.failed else "")
        ids = ", ".join(f"`{xform_name(w)}`" for w in res.ids)
        describe = f"[{res.describe}](operations/{res.describe}.md)"
        lines.append(f"| `{res.name}` ({describe}) | {ids} | {', '.join(f'`{m}`' for m in methods)} | {ends} |")
    return "\n".join(lines) + "\n"


def doc_files(svc: Service, pages: Sequence[NamedPage], target: Target) -> Iterator[tuple[str, str]]:
    """(path under the service's docs folder, Markdown) of the reference pages (one per
    operation, enum and group of shapes, the indexes, the resources table) and of one
    What-changed page per release, newest first in their index."""
    d = _Docs(svc, target)
    for name in svc.operations:
        yield f"reference/operations/{name}.md", d.operation_page(name)
    for name, s in svc.shapes.items():
        if isinstance(s, StringShape):
            yield f"reference/enums/{name}.md", d.enum_page(name)
    for group, text in d.shape_pages():
        yield f"reference/shapes/{group}.md", text
    ops = ["# Operations", "", "| operation | method | since | summary |", "|---|---|---|---|"]
    for name, op in svc.operations.items():
        ops.append(
            f"| [{name}](operations/{name}.md) | `{op.method}` | {op.since} | {_cell(first_paragraph(op.doc))[:140]} |"
        )
    yield "reference/index.md", "\n".join(ops) + "\n"
    enums = ["# Enums", ""] + [f"- [{n}](enums/{n}.md)" for n, s in svc.shapes.items() if isinstance(s, StringShape)]
    yield "reference/enums.md", "\n".join(enums) + "\n"
    if target.resources:
        yield "reference/resources.md", resources_page(current(svc))
    events = release_events(svc, d)
    for page in pages:
        date = page.page.date
        yield f"changes/{date}.md", changes_page(date, page, svc, events.get(date, []))
    idx = [
        "# What changed",
        "",
        "One page per release in `specs/`, newest first: the operations, members and enum values it "
        "added and removed. Read down to the release you used last.",
        "",
    ]
    idx += [f"- [{p.date}]({p.date}.md): {_cell(p.summary)[:120]}" for p in reversed(svc.pages)]
    yield "changes/index.md", "\n".join(idx) + "\n"
