"""The public API of the generated package as sorted lines, for a committed snapshot.

``nox -s codegen`` writes ``tests/data/public_api.txt`` after each regeneration and
prints what it removes; ``tests/test_public_api.py`` fails when the package and the
snapshot disagree. A rename or removal therefore always shows up as a reviewed diff of
that file, never only as a changed line deep inside generated code.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "public_api.txt"


def public_api() -> list[str]:
    """One line per public name: client methods with their keywords, shape fields, enum members,
    for every service package (the root's unprefixed, another's prefixed with its module:
    ``runtime shape InvokeEndpointInput...``), and the resources."""
    import importlib

    lines = []
    for target in _targets():
        package = importlib.import_module(target.public)
        shapes = importlib.import_module(f"{target.public}.shapes")
        enums = importlib.import_module(f"{target.public}.enums")
        prefix = f"{target.module} " if target.module else ""
        lines += _lines(getattr(package, target.client), shapes, enums, prefix)
    return sorted(lines + _resource_lines())


@functools.cache
def _targets() -> tuple[Any, ...]:
    """The target of each service folder under specs/ (the packages the snapshot covers)."""
    from codegen.core.targets import service_folders, target_of
    from codegen.pipeline import expand

    specs = SNAPSHOT.parent.parent.parent / "specs"
    return tuple(target_of(expand([folder])) for folder in service_folders(specs))


def _kinds() -> tuple[str, ...]:
    """``shape`` and ``enum``, with each service module's prefix (``runtime shape``, ...)."""
    modules = [t.module for t in _targets() if t.module]
    return ("shape", "enum", *(f"{m} {k}" for m in modules for k in ("shape", "enum")))


def _resource_lines() -> list[str]:
    """``resource X.method`` lines for each resource class's own methods (its fields are its
    Describe result's, already listed as that shape's)."""
    import smtyped.resources

    lines = []
    for name in smtyped.resources.__all__:
        cls = getattr(smtyped.resources, name)
        if not hasattr(cls, "_DESCRIBE"):
            continue  # LogEvent
        lines.append(f"resource {name} ({cls.__mro__[1].__name__})")
        for attr, fn in vars(cls).items():
            if attr.startswith("_") or (not isinstance(fn, (classmethod, staticmethod)) and not callable(fn)):
                continue
            sig = inspect.signature(getattr(cls, attr))
            lines.append(f"resource {name}.{attr} -> {_annotation(sig.return_annotation)}")
            for p in sig.parameters.values():
                if p.name not in ("self", "cls"):
                    required = p.default is inspect.Parameter.empty
                    lines.append(
                        f"resource {name}.{attr}: {p.name}: {_annotation(p.annotation)}{REQUIRED if required else ''}"
                    )
    return lines


def _lines(client: type, shapes: ModuleType, enums: ModuleType, prefix: str) -> list[str]:
    import attrs

    from smtyped.enums import OpenEnum

    lines = []
    name_of = client.__name__
    for name, fn in sorted(generated_methods(client).items()):
        if name.startswith("_") or not callable(fn):
            continue
        sig = inspect.signature(fn)
        # one line per keyword: adding a keyword adds a line, never rewrites one
        lines.append(f"{name_of}.{name} -> {_annotation(sig.return_annotation)}")
        for p in sig.parameters.values():
            if p.name != "self":
                required = p.default is inspect.Parameter.empty
                lines.append(f"{name_of}.{name}: {p.name}: {_annotation(p.annotation)}{REQUIRED if required else ''}")
    for name in shapes.__all__:
        cls = getattr(shapes, name)
        if not attrs.has(cls):
            continue  # the base classes
        lines.append(f"{prefix}shape {name}")
        init = inspect.signature(cls).parameters  # compiles the constructor (made on first use)
        for field in attrs.fields(cls):
            optional = init[field.name].default is not inspect.Parameter.empty
            lines.append(f"{prefix}shape {name}.{field.name}: {_annotation(field.type)}{'' if optional else REQUIRED}")
    for name in enums.__all__:
        cls = getattr(enums, name)
        if not isinstance(cls, type) or not issubclass(cls, OpenEnum) or cls is OpenEnum:
            continue  # the Literal aliases
        lines.append(f"{prefix}enum {name}")
        lines += [f"{prefix}enum {name}.{member} = {value.value!r}" for member, value in cls.__members__.items()]
    return lines


def generated_methods(client: type) -> dict[str, object]:
    """The methods the generated modules define on ``client`` (one module per kind of
    operation, loaded into the client on first use: all of them here), not the hand-written
    base's."""
    from smtyped._methods import load_all

    load_all(client)
    package = client.__module__.rpartition(".")[0]
    out: dict[str, object] = {}
    for klass in reversed(client.__mro__):
        if klass.__module__.startswith(package + "."):
            out.update(vars(klass))
    return out


#: how a line marks a keyword or field that must be given
REQUIRED = " (required)"


def _annotation(annotation: object) -> str:
    """An annotation as the source spells it (the generated modules postpone annotations)."""
    if annotation is inspect.Parameter.empty or annotation is inspect.Signature.empty:
        return "?"
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def read_snapshot(path: Path = SNAPSHOT) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def compare(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """(removed, added) lines; a removed line is a breaking change for some user."""
    before, after = set(old), set(new)
    return sorted(before - after), sorted(after - before)


@attrs.frozen
class Changes:
    """A snapshot's changes, as a reviewer reads them."""

    removed: list[str]  # names gone (breaking)
    changed: list[str]  # "key: old -> new": a type changed, or a keyword / field became required (breaking)
    relaxed: list[str]  # a keyword or field that no longer must be given (not breaking)
    added: list[str]  # names new to the API
    renamed: list[str] = attrs.field(factory=list)  # "old -> new": classes a models refresh renamed

    def report(self) -> list[str]:
        return (
            [f"RENAMED (breaking): {x}" for x in self.renamed]
            + [f"REMOVED (breaking): {x}" for x in self.removed]
            + [f"CHANGED (breaking): {x}" for x in self.changed]
            + [f"relaxed: {x}" for x in self.relaxed]
        )


def _key(line: str) -> tuple[str, str]:
    """(what a line names, what it says about it): ``shape A.x: str (required)`` ->
    (``shape A.x``, ``str (required)``); a method's line keys on its name, before `` -> ``."""
    if " -> " in line and ": " not in line:
        name, _, rest = line.partition(" -> ")
        return name, rest
    head, sep, rest = line.rpartition(": ")
    if sep and (re.match(r"(\w+ )?shape ", head) is not None or head.count(": ") == 1):
        return head, rest
    return line, ""


def classify(old: list[str], new: list[str], renames: dict[str, str] | None = None) -> Changes:
    """Pair the removed and added lines that name the same thing: a type that changes is one
    breaking change, not a removal and an addition; a keyword that is no longer required is
    not breaking at all. ``renames`` (old class -> new) reports a class's lines under its new
    name as a rename instead of a removal."""
    removed, added = compare(old, new)
    renames = renames or {}
    gone = {_key(x)[0]: _key(x)[1] for x in removed}
    came = {_key(x)[0]: _key(x)[1] for x in added}
    changed, relaxed = [], []
    for key in sorted(gone.keys() & came.keys()):
        was, now = gone.pop(key), came.pop(key)
        if was.removesuffix(REQUIRED) == now.removesuffix(REQUIRED) and was.endswith(REQUIRED):
            relaxed.append(f"{key}: {was} -> {now}")
        else:
            changed.append(f"{key}: {was} -> {now}")
    renamed = []
    for old_name, new_name in sorted(renames.items()):
        for kind in _kinds():
            if f"{kind} {old_name}" in gone and f"{kind} {new_name}" in came:
                renamed.append(f"{kind} {old_name} -> {new_name}")
    moved = {f"{k} {o}" for o in renames for k in _kinds()}
    return Changes(
        removed=sorted(f"{k}: {v}" if v else k for k, v in gone.items() if k.split(".")[0] not in moved),
        changed=changed,
        relaxed=relaxed,
        added=sorted(f"{k}: {v}" if v else k for k, v in came.items()),
        renamed=renamed,
    )


def diff_text(old: list[str], new: list[str]) -> str:
    return "".join(difflib.unified_diff([f"{x}\n" for x in old], [f"{x}\n" for x in new], "snapshot", "package", n=0))


def write(path: Path = SNAPSHOT, renames: dict[str, str] | None = None) -> Changes:
    """Rewrite the snapshot from the package; returns its changes against the old one."""
    old, new = read_snapshot(path), public_api()
    path.write_text("".join(f"{x}\n" for x in new), encoding="utf-8")
    return classify(old, new, renames)
