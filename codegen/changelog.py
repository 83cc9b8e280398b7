"""The API part of CHANGELOG.md, from the merged history: per service, what pages after a date
added or removed (operations, members, enum values).

``python -m codegen changelog --since 2026-10-30`` prints it as Markdown; a release's section
in CHANGELOG.md is that output plus the SDK's own changes. The pages never show a flag that
became required on its own (see the regeneration's notes), so this lists what they show.
"""

from __future__ import annotations

from pathlib import Path

from codegen.core.diagnostics import Report
from codegen.core.ir import Service, StringShape, Structure
from codegen.core.names import field_names
from codegen.core.targets import service_folders, target_of
from codegen.pipeline import expand, load_service


def service_changes(svc: Service, since: str) -> list[str]:
    """Bullet lines of what ``svc``'s pages after ``since`` added or removed."""
    new_ops = sorted(op.method for op in svc.operations.values() if (op.since or "") > since)
    lines = []
    if new_ops and len(new_ops) == len(svc.operations):
        return [f"- new service: {len(new_ops)} operations ({', '.join(f'`{m}`' for m in new_ops)})"]
    if new_ops:
        lines.append(f"- {len(new_ops)} operations added: {', '.join(f'`{m}`' for m in new_ops)}")
    added: list[str] = []
    removed: list[str] = []
    values: list[str] = []
    gone_values: list[str] = []
    for name, shape in sorted(svc.shapes.items()):
        if isinstance(shape, Structure):
            members = shape.members
            if members and all((m.since or "") > since for m in members.values()):
                continue  # a shape that is new as a whole: its operation or member is listed
            attrs_of = field_names(members)
            added += [f"`{name}.{attrs_of[w]}`" for w, m in members.items() if (m.since or "") > since]
            removed += [f"`{name}.{attrs_of[w]}`" for w, m in members.items() if (m.removed or "") > since]
        elif isinstance(shape, StringShape) and shape.enum:
            if all(d > since for d in shape.enum_since.values()) and shape.enum_since:
                continue  # a new enum: its member is listed
            values += [f"`{name}.{v}`" for v, d in shape.enum_since.items() if d > since]
            gone_values += [f"`{name}.{v}`" for v, d in shape.enum_removed.items() if d > since]
    for label, items in (
        ("members added", added),
        ("members removed", removed),
        ("enum values added", values),
        ("enum values removed", gone_values),
    ):
        if items:
            lines.append(f"- {len(items)} {label}: {', '.join(items)}")
    return lines


def changelog(specs: Path, since: str) -> str:
    """The Markdown of every service's changes after ``since``."""
    out = []
    for folder in service_folders(specs):
        pages = expand([folder])
        target = target_of(pages)
        svc = load_service(pages, Report())
        lines = service_changes(svc, since)
        if lines:
            newest = svc.pages[-1].date
            out += [f"#### {target.service} (`{target.public}`, pages to {newest})", "", *lines, ""]
    return "\n".join(out)
