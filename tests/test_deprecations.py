"""What botocore marks deprecated is visible: PEP 702 @deprecated on methods, docstrings on members."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest

from codegen.core import botocore_model
from codegen.core.diagnostics import Report
from codegen.core.targets import PUBLIC
from codegen.pipeline import load_service
from codegen.stages.emit import render
from tests.helpers import SPECS


def test_a_deprecated_operation_gets_pep_702_deprecated(monkeypatch: pytest.MonkeyPatch) -> None:
    # SageMaker's model marks no operation deprecated today: pretend it marks AddTags
    monkeypatch.setattr(botocore_model, "deprecations", lambda title: ({"AddTags": "use the tagging API"}, {}))
    svc = load_service([SPECS / "2017-11-29.txt"], Report())
    files = dict(render.iter_files(svc))
    seen = set()
    for name, text in files.items():
        if not (name.startswith("_client_ops/") or name == f"{PUBLIC}client.pyi") or name.endswith("__init__.py"):
            continue
        cls = next(n for n in ast.parse(text).body if isinstance(n, ast.ClassDef))
        for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            expected = ["deprecated('use the tagging API')"] if fn.name == "add_tags" else []
            if name.endswith(".pyi") and not fn.name.startswith(("paginate_", "wait_until_")):
                expected.append("overload")  # each of the two forms (a request, keywords) says it
            assert [ast.unparse(d) for d in fn.decorator_list] == expected, (name, fn.name)
            seen.add((fn.name, name.endswith(".pyi")))
    assert {("add_tags", False), ("add_tags", True), ("create_model", False)} <= seen


def test_deprecated_members_say_so_in_their_docstring() -> None:
    ops, members = botocore_model.deprecations("Amazon SageMaker Service")
    assert not ops  # none today: the test above covers the method decorator
    assert members["CreateDomainRequest"]["HomeEfsFileSystemKmsKeyId"].startswith("This property is deprecated")
    from smtyped.shapes import CreateDomainRequest

    module = Path(inspect.getfile(CreateDomainRequest))  # the declaration, with its docstrings
    tree = ast.parse(module.read_text())
    cls: Any = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "CreateDomainRequest")
    body = cls.body
    i = next(
        i
        for i, n in enumerate(body)
        if isinstance(n, ast.AnnAssign) and ast.unparse(n.target) == "home_efs_file_system_kms_key_id"
    )
    assert body[i + 1].value.value.startswith("Deprecated: This property is deprecated, use KmsKeyId instead.")
    assert "home_efs_file_system_kms_key_id" in CreateDomainRequest._FIELDS
