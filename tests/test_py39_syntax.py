"""The runtime package supports Python 3.9 while CI runs a newer one: guard what 3.9 cannot run.

``X | None`` in an annotation is evaluated at import time on 3.9 unless the module postpones
annotations (``from __future__ import annotations``); ``match`` statements do not parse at all.
(``nox -s compat`` runs the installed package on 3.9 and 3.10 for real.)
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
