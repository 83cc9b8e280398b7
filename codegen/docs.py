"""Reference pages for the docs site, generated from the IR (so they cannot disagree with the code).

Writes Markdown under ``docs/reference/`` and ``docs/changes/`` (the runtime's under
``docs/runtime/``): one page per
operation and per enum, shapes grouped by first letter, and one "What changed"
page per spec date built from the pages' Changes blocks.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from codegen import botocore_model
from codegen.diagnostics import Report
from codegen.emit import chunk_modules, derived_note, first_paragraph
from codegen.ir import ListOf, MapOf, Ref, Scalar, Service, Shape, StringShape, Structure, reachable
from codegen.load import expand, load_pages, merge_pages
from codegen.naming import NamedPage, field_names
from codegen.targets import Target, service_folders, target_of


class _Docs:
    def __init__(self, svc: Service, target: Target) -> None:
        self.svc = svc
        self.target = target
        self.oldest = svc.pages[0].date
        self.groups = chunk_modules(n for n, s in svc.shapes.items() if isinstance(s, Structure))

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
        names = field_names(st.members)
        secret = botocore_model.sensitive_members(self.svc.title).get(st.name or "", frozenset())
        old = botocore_model.deprecations(self.svc.title)[1].get(st.name or "", {})
        head = (
            "| attribute | wire name | type | required | since | description |"
            if show_required
            else "| attribute | wire name | type | since | description |"
        )
        rows = [head, "|" + "---|" * (head.count("|") - 1)]
        for wire, m in st.members.items():
            doc = _cell(first_paragraph(m.doc))
            if m.from_model:
                doc = f"*No page shows it: taken from botocore's model.* {doc}"
            if wire in old:
                doc = f"**Deprecated**: {_cell(old[wire])} {doc}"
            if wire in secret:
                doc = f"**Sensitive**: `repr()` shows `'***'`. {doc}"
            cells = [f"`{names[wire]}`", f"`{wire}`", self.type_of(m.shape, depth)]
            if show_required:
                cells.append("yes" if m.required else "")
            cells += [self.since(m.since, m.introduced, m.removed), doc]
            rows.append("| " + " | ".join(cells) + " |")
        return rows if st.members else ["*(no members)*"]

    def operation_page(self, name: str) -> str:
        op = self.svc.operations[name]
        assert isinstance(op.input, Ref) and isinstance(op.output, Ref)
        inp, out = self.svc.shapes[op.input.name], self.svc.shapes[op.output.name]
        assert isinstance(inp, Structure) and isinstance(out, Structure)
        lines = [
            f"# {name}",
            "",
            f"`{self.target.client}.{op.method}(...)` → {self.link(op.output.name, 1)}",
            "",
            f"Operation since {self.since(op.since, op.introduced)}; defined by the {op.page} page.",
            "",
            *[x for p in [p for p in op.doc.split("\n\n") if p.strip()][:6] for x in (_para(p), "")],
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
                if st.doc:
                    lines += [_para(first_paragraph(st.doc)), ""]
                if st.derived_from:
                    lines += [_para(derived_note(name, st.derived_from)), ""]
                lines += [*self.members_table(st, 1, True), ""]
            yield g, "\n".join(lines)


def _cell(text: str) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 300 else text[:297] + "..."


def _para(text: str) -> str:
    return text.replace("\u00a0", " ").replace("<", "&lt;")


def changes_page(date: str, page: NamedPage, svc: Service) -> str:
    """What one spec date added, from its Changes blocks and new operations."""
    by_item: dict[str, list[str]] = {}
    new_ops = [n for n, op in page.operations.items() if op.status == "new"]
    for op_name, op in page.operations.items():
        if op.status == "new":
            continue
        for shape_name in reachable(page.shapes, op.input) + reachable(page.shapes, op.output):
            s = svc.shapes.get(shape_name)
            if isinstance(s, StringShape):
                for v in s.enum or ():
                    if v in s.enum_introduced and s.enum_since.get(v) == date:
                        by_item.setdefault(
                            f"`{v}` added to enum [{shape_name}](../reference/enums/{shape_name}.md)", []
                        ).append(op_name)
            elif isinstance(s, Structure):
                for k, m in s.members.items():
                    if m.introduced and m.since == date:
                        by_item.setdefault(f"member `{k}` added to `{shape_name}`", []).append(op_name)
    info = next(p for p in svc.pages if p.date == date)
    lines = [f"# {date}", "", _para(info.summary), ""]
    if new_ops:
        lines += (
            ["## New operations", ""] + [f"- [{n}](../reference/operations/{n}.md)" for n in sorted(new_ops)] + [""]
        )
    if by_item:
        lines += ["## Changes", ""]
        for item, ops in by_item.items():
            links = ", ".join(f"[{o}](../reference/operations/{o}.md)" for o in sorted(set(ops)))
            lines.append(f"- {item} in {links}")
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


def write_docs(specs: Path, docs: Path) -> int:
    """The reference and What-changed pages of each service folder under ``specs`` (or of the
    one service ``specs`` holds), each under its own folder of ``docs``."""
    for folder in service_folders(specs):
        _write_service_docs(folder, docs)
    return 0


def _write_service_docs(specs: Path, root: Path) -> None:
    report = Report()
    files = expand([specs])
    target = target_of(files)
    pages = load_pages(files, report)
    svc = merge_pages(pages, report)
    d = _Docs(svc, target)
    docs = root / target.docs if target.docs else root
    ref, changes = docs / "reference", docs / "changes"
    for folder in (ref, changes):
        shutil.rmtree(folder, ignore_errors=True)
    (ref / "operations").mkdir(parents=True)
    (ref / "enums").mkdir()
    (ref / "shapes").mkdir()
    changes.mkdir()
    for name in svc.operations:
        (ref / "operations" / f"{name}.md").write_text(d.operation_page(name), encoding="utf-8")
    for name, s in svc.shapes.items():
        if isinstance(s, StringShape):
            (ref / "enums" / f"{name}.md").write_text(d.enum_page(name), encoding="utf-8")
    for group, text in d.shape_pages():
        (ref / "shapes" / f"{group}.md").write_text(text, encoding="utf-8")
    ops = ["# Operations", "", "| operation | method | since | summary |", "|---|---|---|---|"]
    for name, op in svc.operations.items():
        ops.append(
            f"| [{name}](operations/{name}.md) | `{op.method}` | {op.since} | {_cell(first_paragraph(op.doc))[:140]} |"
        )
    (ref / "index.md").write_text("\n".join(ops) + "\n", encoding="utf-8")
    enums = ["# Enums", ""] + [f"- [{n}](enums/{n}.md)" for n, s in svc.shapes.items() if isinstance(s, StringShape)]
    (ref / "enums.md").write_text("\n".join(enums) + "\n", encoding="utf-8")
    for page in pages:
        (changes / f"{page.page.date}.md").write_text(changes_page(page.page.date, page, svc), encoding="utf-8")
    idx = ["# What changed", "", "One page per release in `specs/`, from its Changes blocks.", ""]
    idx += [f"- [{p.date}]({p.date}.md): {_cell(p.summary)[:120]}" for p in reversed(svc.pages)]
    (changes / "index.md").write_text("\n".join(idx) + "\n", encoding="utf-8")
    if not target.docs:  # the README and the home page list the control plane's operations
        for listing in (docs.parent / "README.md", docs / "index.md"):
            if listing.exists():
                update_readme(listing, svc, link="reference/operations/" if listing.name == "index.md" else None)
    print(
        f"{target.service}: wrote reference for {len(svc.operations)} operations and {len(svc.shapes)} shapes, "
        f"{len(pages)} change pages under {docs}"
    )
