"""Making a client loads little: its methods load by kind on first use (smtyped._methods) and
behave as if defined on the class (on instances, on the class, in subclasses, to dir(), mock
and copy); botocore is imported on a thread of its own (smtyped._client.import_on_fresh_stack)."""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from smtyped import SageMakerClient
from smtyped._client import BaseClient, import_on_fresh_stack
from smtyped.runtime import SageMakerRuntimeClient
from tests.helpers import ROOT

GENERATED = {
    SageMakerClient: ROOT / "src" / "smtyped" / "_generated" / "_client_ops",
    SageMakerRuntimeClient: ROOT / "src" / "smtyped" / "runtime" / "_generated" / "_client_ops",
}


def _defined(folder: Path) -> dict[str, str]:
    """method -> module, read off the source of each kind's module."""
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.name.startswith("_"):
                        out[item.name] = path.stem
    return out


@pytest.mark.parametrize("client", list(GENERATED), ids=lambda c: c.__name__)
def test_the_table_names_every_method_where_it_is_defined(client: type[BaseClient]) -> None:
    defined = _defined(GENERATED[client])
    assert len(defined) > 0
    assert client._METHOD_KINDS == defined


def test_the_async_client_has_the_same_table() -> None:
    """The async client takes in the client's own methods (its stub declares them async)."""
    from smtyped.aio import AsyncSageMakerClient

    assert AsyncSageMakerClient._METHOD_KINDS is SageMakerClient._METHOD_KINDS
    assert AsyncSageMakerClient._OPS_PACKAGE == SageMakerClient._OPS_PACKAGE
    (cls,) = (
        n for n in ast.parse((ROOT / "src" / "smtyped" / "aio.pyi").read_text()).body if isinstance(n, ast.ClassDef)
    )
    declared = {f.name for f in cls.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    assert declared == set(SageMakerClient._METHOD_KINDS)


def _fresh(code: str) -> list[str]:
    env = {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_EC2_METADATA_DISABLED": "true", "PATH": ""}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code + "\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules if '_client_ops.' in m)))",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    ).stdout
    loaded: list[str] = json.loads(out.splitlines()[-1])
    return loaded


def test_making_a_client_loads_no_method_module() -> None:
    assert _fresh("from smtyped import SageMakerClient\nSageMakerClient(region_name='us-east-1')") == []


def test_a_method_loads_its_own_kind_only() -> None:
    code = (
        "from smtyped import SageMakerClient\nsm = SageMakerClient(region_name='us-east-1')\nsm.describe_model_package"
    )
    assert _fresh(code) == ["smtyped._generated._client_ops.describe_m_z"]


def test_methods_are_found_on_the_class_and_by_mock() -> None:
    fn = SageMakerClient.list_actions
    assert callable(fn) and fn.__qualname__ == "SageMakerClient.list_actions"
    sm = SageMakerClient(region_name="us-east-1")
    with mock.patch.object(SageMakerClient, "delete_model", return_value="deleted") as patched:
        assert sm.delete_model(model_name="m") == "deleted"
    patched.assert_called_once_with(model_name="m")
    assert getattr(sm.delete_model, "__func__", None) is SageMakerClient.__dict__["delete_model"]  # restored


def test_a_subclass_reaches_the_methods_through_super() -> None:
    seen: list[str] = []

    class Audited(SageMakerClient):
        # an override takes both forms the base's overloads declare: a request, or keywords
        def stop_training_job(self, request: Any = None, /, **kwargs: Any) -> Any:
            seen.append(kwargs["training_job_name"])
            # super() looks in the classes' own dicts, never through __getattr__
            assert callable(super().stop_training_job)

    Audited(region_name="us-east-1").stop_training_job(training_job_name="j")
    assert seen == ["j"]


def test_unknown_names_are_attribute_errors_naming_the_client() -> None:
    sm = SageMakerClient(region_name="us-east-1")
    with pytest.raises(AttributeError, match="'SageMakerClient' object has no attribute 'describe_model_pakage'"):
        sm.describe_model_pakage  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="type object 'SageMakerClient' has no attribute 'nope'"):
        SageMakerClient.nope  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(sm, "__deepcopy_not_a_method__")


def test_dir_and_copy_see_every_method() -> None:
    sm = SageMakerClient(region_name="us-east-1")
    names = set(dir(sm))
    assert set(SageMakerClient._METHOD_KINDS) <= names and "describe_model_package" in dir(SageMakerClient)
    twin = copy.copy(sm)
    assert twin.client is sm.client and callable(twin.wait_until_endpoint_in_service)


def test_an_import_on_a_fresh_stack_gives_the_module_and_reuses_a_loaded_one(monkeypatch: pytest.MonkeyPatch) -> None:
    assert import_on_fresh_stack("json") is json

    def no_threads(*args: object, **kwargs: object) -> None:
        raise AssertionError("a loaded module needs no thread")

    monkeypatch.setattr("smtyped._client.threading.Thread", no_threads)
    assert import_on_fresh_stack("json") is json


def test_a_failed_import_on_a_fresh_stack_is_raised_in_the_callers_thread() -> None:
    with pytest.raises(ModuleNotFoundError) as caught:
        import_on_fresh_stack("smtyped_no_such_module.session")
    assert caught.value.name == "smtyped_no_such_module"


def test_making_a_client_imports_botocore_on_another_thread() -> None:
    code = (
        "import threading\nnames = []\nstart = threading.Thread.start\n"
        "def spy(self):\n    names.append(self.name)\n    start(self)\n"
        "threading.Thread.start = spy\n"
        "from smtyped import SageMakerClient\nSageMakerClient(region_name='us-east-1')\n"
        "SageMakerClient(region_name='us-east-1')\nprint(names)"
    )
    env = {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_EC2_METADATA_DISABLED": "true", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    assert out.stdout.strip() == "['smtyped-import-botocore.session']"  # once: the second client finds it loaded


def test_help_and_dir_show_every_method_in_a_fresh_process() -> None:
    code = (
        "import pydoc\nfrom smtyped import SageMakerClient\n"
        "sm = SageMakerClient(region_name='us-east-1')\n"
        "print('describe_model_package' in dir(sm))\n"
        "text = pydoc.plain(pydoc.render_doc(SageMakerClient))\n"
        # the request object, then the operation's own keywords (not the method's **kwargs)
        "print('describe_model_package(self, request' in text)\n"
        "print(\"/, *, model_package_name: 'str'\" in text)\n"
        "print('list_actions' in dir(SageMakerClient))"
    )
    env = {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_EC2_METADATA_DISABLED": "true", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    assert out.stdout.split() == ["True", "True", "True", "True"]
