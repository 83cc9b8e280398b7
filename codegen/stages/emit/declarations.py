"""Rendered modules' classes as a stub declares them: signatures without bodies or docstrings.

A public stub that gathers classes rendered into several modules (``smtyped.resources``: a
module per first letter at run time, one stub for type checkers, so that their messages name
the module users import from) is made from the rendered source itself, with ``ast``: the
signatures cannot drift from the code they declare, and no template says them twice.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterable


def class_declarations(modules: Iterable[str]) -> str:
    """Every top-level class of the modules' source ``modules``, in order, as stub text: its
    bases and decorators, each method's decorators and signature over ``...``, and its public
    annotated attributes; docstrings, bodies and private attributes left out."""
    classes = []
    for text in modules:
        for node in ast.parse(text).body:
            if isinstance(node, ast.ClassDef):
                classes.append(ast.unparse(_declared(node)))
    return "\n\n".join(classes) + "\n" if classes else ""


def _declared(cls: ast.ClassDef) -> ast.ClassDef:
    body: list[ast.stmt] = []
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            fn = copy.copy(node)
            fn.body = [_ellipsis()]
            body.append(fn)
        elif (
            isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and not node.target.id.startswith("_")
        ):
            attr = copy.copy(node)
            attr.value = None
            body.append(attr)
    out = copy.copy(cls)
    out.body = body or [_ellipsis()]
    return out


def _ellipsis() -> ast.Expr:
    return ast.Expr(ast.Constant(...))
