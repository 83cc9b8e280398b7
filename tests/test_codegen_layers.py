"""The generator's import graph is flat: commands on top, then the pipeline (with the cache and
the worker processes), then the stages, each importing only the shared core and its own modules.

Read from the sources with ``ast`` (every import, also those inside functions), so a shortcut
that a later edit adds fails here rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CODEGEN = Path(__file__).resolve().parent.parent / "codegen"
#: the modules that run the stages: only they know about caching, processes and gc
PIPELINE = {"codegen.pipeline", "codegen.cache", "codegen.workers"}
#: what only the pipeline may use
MACHINERY = {"multiprocessing", "concurrent", "gc", "pickle", "codegen.cache", "codegen.workers"}


def _module(path: Path) -> str:
    parts = path.relative_to(CODEGEN.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str | None = None) -> set[str]:
    """Every module ``path`` (the module ``module``) imports: ``from codegen.x import y``
    counts as codegen.x.y when that is a module of its own, and relative imports are resolved."""
    me = module or _module(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for a in node.names:
                sub = f"{base}.{a.name}"
                out.add(sub if sub in MODULES else base)
    return out


MODULES = {_module(p) for p in CODEGEN.rglob("*.py")}
SOURCES = sorted(CODEGEN.rglob("*.py"))


def _stage(module: str) -> str | None:
    """The stage a module belongs to (``codegen.stages.parse``), None outside the stages."""
    parts = module.split(".")
    return ".".join(parts[:3]) if parts[:2] == ["codegen", "stages"] and len(parts) > 2 else None


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(me: str, imported: set[str]) -> list[str]:
    """What ``me`` imports that its layer may not."""
    ours = {m for m in imported if _within(m, "codegen")}
    core = {m for m in ours if _within(m, "codegen.core")}
    if _within(me, "codegen.core"):
        bad = ours - core
    elif (stage := _stage(me)) is not None:
        bad = {m for m in ours - core if not _within(m, stage)}
    elif me in PIPELINE:
        bad = {m for m in ours - core if not (_within(m, "codegen.stages") or m in PIPELINE)}
    else:
        bad = set()  # the commands may use anything
    if _within(me, "codegen.core") or _within(me, "codegen.stages"):
        bad |= {m for m in imported if any(_within(m, x) for x in MACHINERY)}
    return sorted(bad)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module(p))
def test_each_layer_imports_only_below_it(path: Path) -> None:
    """The core imports only itself; a stage the core and its own modules; the pipeline no
    command; and only the pipeline uses processes, pickling, gc or the cache."""
    me = _module(path)
    assert violations(me, _imports(path)) == []


def test_relative_imports_are_read_as_the_modules_they_name(tmp_path: Path) -> None:
    probe = tmp_path / "name.py"
    probe.write_text("from .parse import build\nfrom ..core.ir import Ref\nfrom . import read\n", encoding="utf-8")
    assert _imports(probe, "codegen.stages.name") == {
        "codegen.stages.parse.build",
        "codegen.core.ir",
        "codegen.stages.read",
    }


def test_the_rule_sees_each_kind_of_shortcut() -> None:
    assert violations("codegen.stages.name", {"codegen.stages.parse.build"}) == ["codegen.stages.parse.build"]
    assert violations("codegen.stages.parse.backfill", {"codegen.stages.parse.build", "codegen.core.ir"}) == []
    assert violations("codegen.core.targets", {"codegen.stages.read"}) == ["codegen.stages.read"]
    assert violations("codegen.pipeline", {"codegen.generate", "codegen.stages.read"}) == ["codegen.generate"]
    assert violations("codegen.stages.merge.history", {"pickle", "codegen.cache"}) == ["codegen.cache", "pickle"]
    assert violations("codegen.generate", {"codegen.stages.read", "concurrent.futures"}) == []


def test_every_stage_is_a_package_or_module_under_stages() -> None:
    """What the pipeline runs, in order; each exists where the docs say."""
    for stage in ("read", "parse", "name", "merge", "emit"):
        assert f"codegen.stages.{stage}" in MODULES, stage
