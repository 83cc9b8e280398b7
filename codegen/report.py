"""Human reports over the merged IR: ``codegen history`` and ``codegen drift``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.core import botocore_model as bm
from codegen.core.ir import Ref, Service, Shape, StringShape, Structure, reachable


def _first_page(svc: Service) -> str:
    return svc.pages[0].date


def _how(introduced: bool, since: str | None, first: str) -> str:
    if since is None:
        return "date unknown"
    if introduced:
        return f"since {since}"
    if since == first:
        return f"since {since} (on the oldest spec page; may be older)"
    return f"since {since} (first seen then; no page marks it new)"


def resolve_name(svc: Service, name: str) -> tuple[str, str | None] | None:
    """``(shape or operation, member)`` for what a user may type: an operation
    (``DescribeModelPackage``), its method (``describe_model_package``), a shape or enum
    (``UserContext``), or a member path (``UserContext.IamIdentity``; the attribute name
    ``UserContext.iam_identity`` works too)."""
    if name in svc.operations or name in svc.shapes:
        return name, None
    by_method = {op.method: n for n, op in svc.operations.items()}
    if name in by_method:
        return by_method[name], None
    shape_name, _, member = name.partition(".")
    shape = svc.shapes.get(shape_name)
    if member and isinstance(shape, Structure):
        if member in shape.members:
            return shape_name, member
        from codegen.core.names import field_names

        by_attr = {a: w for w, a in field_names(shape.members).items()}
        if member in by_attr:
            return shape_name, by_attr[member]
    return None


def near_names(svc: Service, name: str, n: int = 5) -> list[str]:
    """Known names closest to ``name`` (for a "did you mean" hint)."""
    import difflib

    shape_name, _, member = name.partition(".")
    shape = svc.shapes.get(shape_name)
    if member and isinstance(shape, Structure):
        return [f"{shape_name}.{m}" for m in difflib.get_close_matches(member, list(shape.members), n)]
    pool = [*svc.operations, *svc.shapes, *(op.method for op in svc.operations.values())]
    return difflib.get_close_matches(name, pool, n, cutoff=0.6)


def history_lines(svc: Service, name: str) -> list[str]:
    """What changed when for a shape, an enum, an operation (or its method) or one member."""
    found = resolve_name(svc, name)
    if found is None:
        return []
    name, member = found
    if member is not None:
        return [ln for ln in history_lines(svc, name) if ln.startswith(f"{name}.{member}:")]
    first = _first_page(svc)
    op = svc.operations.get(name)
    if op is not None:
        lines = [f"{name}: operation {_how(op.introduced, op.since, first)}, defined by the {op.page} page"]
        for side, io in (("input", op.input), ("output", op.output)):
            target = io.name if isinstance(io, Ref) else "-"
            lines.append(f"{name}: {side} {target}")
            if isinstance(io, Ref):
                lines += ["  " + ln for ln in history_lines(svc, io.name)]
        return lines
    shape = svc.shapes.get(name)
    if isinstance(shape, StringShape) and shape.enum:
        out = []
        for v in sorted(shape.enum, key=lambda v: (shape.enum_since.get(v, ""), shape.enum.index(v))):  # type: ignore[union-attr]
            line = f"{name}: {v} {_how(v in shape.enum_introduced, shape.enum_since.get(v), first)}"
            if v in shape.enum_removed:
                line += f", removed {shape.enum_removed[v]}"
            out.append(line)
        return out
    if isinstance(shape, Structure):
        out = []
        for k, m in sorted(shape.members.items(), key=lambda kv: (kv[1].since or "", list(shape.members).index(kv[0]))):
            line = f"{name}.{k}: {_how(m.introduced, m.since, first)}"
            if m.removed:
                line += f", removed {m.removed}"
            out.append(line)
        return out
    return []


# -- drift -----------------------------------------------------------------------


def drift(svc: Service, specs: str) -> dict[str, Any]:
    """Where the specs and the installed botocore's model disagree."""
    service = bm.service_name(svc.title)
    model = bm.installed_model(service) if service else None
    result: dict[str, Any] = {
        "service": svc.title,
        "botocore": bm.botocore_version(),
        "specs": specs,
        "newest_page": svc.pages[-1].date,
        "operations": {"only_in_specs": [], "only_in_botocore": []},
        "members": {"only_in_specs": [], "only_in_botocore": []},
        "enum_values": {"only_in_specs": [], "only_in_botocore": []},
        "shapes_not_in_botocore": [],
    }
    if model is None:
        result["error"] = f"botocore has no model for {svc.title!r}"
        return result
    b_ops = set(model.operation_names)
    result["operations"]["only_in_specs"] = sorted(set(svc.operations) - b_ops)
    result["operations"]["only_in_botocore"] = sorted(b_ops - set(svc.operations))
    b_shapes = set(model.shape_names)
    result["shapes_not_in_botocore"] = [name for name in svc.shapes if name not in b_shapes]
    for name, shape, b in _both(svc, model):
        if isinstance(shape, Structure) and b.type_name == "structure":
            mine = {k for k, m in shape.members.items() if not m.removed}
            theirs = set(b.members)
            result["members"]["only_in_specs"] += [f"{name}.{k}" for k in sorted(mine - theirs)]
            result["members"]["only_in_botocore"] += [f"{name}.{k}" for k in sorted(theirs - mine)]
        elif isinstance(shape, StringShape) and shape.enum and b.type_name == "string":
            mine = {v for v in shape.enum if v not in shape.enum_removed}
            theirs = set(b.enum or [])
            result["enum_values"]["only_in_specs"] += [f"{name}: {v}" for v in sorted(mine - theirs)]
            result["enum_values"]["only_in_botocore"] += [f"{name}: {v}" for v in sorted(theirs - mine)]
    return result


def drift_text(r: dict[str, Any]) -> str:
    if "error" in r:
        return str(r["error"])
    lines = [
        f"{r['service']}: specs in {r['specs']} (newest page {r['newest_page']}) vs botocore {r['botocore']}",
        "",
    ]

    def section(title: str, items: list[str], limit: int = 60) -> None:
        lines.append(f"{title}: {len(items)}")
        lines.extend(f"  {x}" for x in items[:limit])
        if len(items) > limit:
            lines.append(f"  ... and {len(items) - limit} more (use --json for all)")

    section("Operations botocore has that the specs do not describe", r["operations"]["only_in_botocore"], 20)
    section("Operations in the specs that botocore lacks", r["operations"]["only_in_specs"])
    section("Members botocore has that the specs lack (added after the specs)", r["members"]["only_in_botocore"])
    section("Members in the specs that botocore lacks (removed or renamed)", r["members"]["only_in_specs"])
    section("Enum values botocore has that the specs lack", r["enum_values"]["only_in_botocore"])
    section("Enum values in the specs that botocore lacks", r["enum_values"]["only_in_specs"])
    section("Shapes named from paths (botocore has no such shape)", r["shapes_not_in_botocore"])
    return "\n".join(lines)


# -- facts no page can show ------------------------------------------------------------------


def unshowable(svc: Service) -> list[str]:
    """What the merged pages say differently from botocore's model of the committed release
    (``codegen/data/models``): a member or enum value the pages still have that the model
    dropped, a request member whose required flag differs. A release that changes only these
    renders no page that shows it, so the pages cannot know: the generated code keeps what the
    pages say, and the regeneration reports each fact (never an error, never guessed)."""
    service = bm.service_name(svc.title)
    model = bm.service_model(service) if service else None
    if model is None:
        return []
    release = bm.model_version(service or "")
    inputs = {n for op in svc.operations.values() for n in reachable(svc.shapes, op.input)}
    facts = []
    for name, shape, b in sorted(_both(svc, model), key=lambda both: both[0]):
        if isinstance(shape, Structure) and b.type_name == "structure":
            for key, m in shape.members.items():
                if m.removed:
                    continue
                if key not in b.members:
                    facts.append(f"{name}.{key}: on the pages, not in botocore {release}'s model (removed unseen?)")
                elif name in inputs and m.required != (key in b.required_members):
                    says = "required" if key in b.required_members else "optional"
                    facts.append(f"{name}.{key}: {says} in botocore {release}'s model, not on the pages")
        elif isinstance(shape, StringShape) and shape.enum and b.type_name == "string" and b.enum:
            for value in sorted(set(shape.enum) - set(shape.enum_removed) - set(b.enum)):
                facts.append(f"{name}: value {value!r} on the pages, not in botocore {release}'s model")
    return facts


def _both(svc: Service, model: Any) -> Iterator[tuple[str, Shape, Any]]:
    """(name, the pages' shape, botocore's shape) of each shape the pages and ``model`` both name."""
    names = set(model.shape_names)
    for name, shape in svc.shapes.items():
        if name in names:
            yield name, shape, model.shape_for(name)
