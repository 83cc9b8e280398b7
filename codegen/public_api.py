"""The public API of the generated package as sorted lines, for a committed snapshot.

``nox -s codegen`` writes ``tests/data/public_api.txt`` after each regeneration and
prints what it removes; ``tests/test_public_api.py`` fails when the package and the
snapshot disagree. A rename or removal therefore always shows up as a reviewed diff of
that file, never only as a changed line deep inside generated code.
"""

from __future__ import annotations

import difflib
import inspect
from pathlib import Path
from types import ModuleType

SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "public_api.txt"


def public_api() -> list[str]:
    """One line per public name: client methods with their keywords, shape fields, enum members,
    for the control plane and (prefixed ``runtime``) the runtime API."""
    import smtyped
    import smtyped.runtime

    return sorted(
        _lines(smtyped.SageMakerClient, smtyped.shapes, smtyped.enums, "")
        + _lines(smtyped.runtime.SageMakerRuntimeClient, smtyped.runtime.shapes, smtyped.runtime.enums, "runtime ")
    )


def _lines(client: type, shapes: ModuleType, enums: ModuleType, prefix: str) -> list[str]:
    import attrs

    from smtyped.enums import OpenEnum

    lines = []
    name_of = client.__name__
    for name, fn in vars(client).items():
        if name.startswith("_") or not callable(fn):
            continue
        # one line per keyword: adding a keyword adds a line, never rewrites one
        lines.append(f"{name_of}.{name}")
        for p in inspect.signature(fn).parameters.values():
            if p.name != "self":
                required = p.default is inspect.Parameter.empty
                lines.append(f"{name_of}.{name}: {p.name}{' (required)' if required else ''}")
    for name in shapes.__all__:
        cls = getattr(shapes, name)
        if not attrs.has(cls):
            continue  # the base classes
        lines.append(f"{prefix}shape {name}")
        init = inspect.signature(cls.__init__).parameters
        for field in attrs.fields(cls):
            optional = init[field.name].default is not inspect.Parameter.empty
            lines.append(f"{prefix}shape {name}.{field.name}{'' if optional else ' (required)'}")
    for name in enums.__all__:
        cls = getattr(enums, name)
        if not isinstance(cls, type) or not issubclass(cls, OpenEnum) or cls is OpenEnum:
            continue  # the Literal aliases
        lines.append(f"{prefix}enum {name}")
        lines += [f"{prefix}enum {name}.{member} = {value.value!r}" for member, value in cls.__members__.items()]
    return lines


def read_snapshot(path: Path = SNAPSHOT) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def compare(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """(removed, added) lines; a removed line is a breaking change for some user."""
    before, after = set(old), set(new)
    return sorted(before - after), sorted(after - before)


def diff_text(old: list[str], new: list[str]) -> str:
    return "".join(difflib.unified_diff([f"{x}\n" for x in old], [f"{x}\n" for x in new], "snapshot", "package", n=0))


def write(path: Path = SNAPSHOT) -> tuple[list[str], list[str]]:
    """Rewrite the snapshot from the package; returns (removed, added) against the old one."""
    old, new = read_snapshot(path), public_api()
    path.write_text("".join(f"{x}\n" for x in new), encoding="utf-8")
    return compare(old, new)
