"""The package claims Python >= 3.10 while most of CI runs 3.11: a syntax check for the oldest.

Every module must parse as Python 3.10 (``ast``'s ``feature_version``), and annotations stay
postponed (``from __future__ import annotations``) as the generated modules write them.
(``nox -s compat`` runs the installed package on every other supported Python found here.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

MODULES = sorted((ROOT / "src" / "smtyped").rglob("*.py"))


def _postpones(tree: ast.Module) -> bool:
    return any(
        isinstance(n, ast.ImportFrom) and n.module == "__future__" and any(a.name == "annotations" for a in n.names)
        for n in tree.body
    )


def _annotations(tree: ast.Module) -> list[ast.expr]:
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            found += [a.annotation for a in every if a is not None and a.annotation is not None]
            if node.returns is not None:
                found.append(node.returns)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ROOT / "src").as_posix())
def test_module_runs_on_python_3_9(path: Path) -> None:
    tree = ast.parse(path.read_text(), feature_version=(3, 9))  # a SyntaxError names 3.9-only syntax
    if _postpones(tree):
        return
    unions = [a for a in _annotations(tree) if any(isinstance(n, ast.BinOp) for n in ast.walk(a))]
    assert not unions, f"{path.name}:{unions[0].lineno}: X | Y annotation without postponed annotations"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_parses_as_the_oldest_supported_python(path: Path) -> None:
    ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 10))
