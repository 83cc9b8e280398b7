"""`codegen history` and `codegen drift`."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import botocore.session
from botocore.model import StructureShape

from tests.helpers import SEEDS, run_cli


def _response_keys(page: Path, op: str) -> set[str]:
    """Top-level Response Syntax keys of ``op``, read with ast (independent of codegen)."""
    text = page.read_text(encoding="utf-8").replace("\u00a0", " ")
    section = text[text.index(f"\n{op} (updated) Link ¶") :]
    m = re.search(r"Response Syntax\n\n(\{.*?\n\})\n", section, re.S)
    assert m is not None
    tree = ast.parse(m.group(1), mode="eval").body
    assert isinstance(tree, ast.Dict)
    return {k.value for k in tree.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def test_history_of_target_device() -> None:
    proc = run_cli("history", "TargetDevice")
    assert proc.returncode == 0, proc.stderr
    assert "TargetDevice: amba_cv2 since 2021-12-08" in proc.stdout.splitlines()


def test_history_of_operation_and_unknown_name() -> None:
    proc = run_cli("history", "DescribeModelPackage")
    assert proc.returncode == 0
    assert "DescribeModelPackage: output DescribeModelPackageOutput" in proc.stdout
    assert run_cli("history", "NoSuchThing").returncode == 1


def test_drift_on_seeds_lists_members_added_after_2023_03_08(tmp_path: Path) -> None:
    specs = tmp_path / "sagemaker"
    specs.mkdir()
    for p in SEEDS:
        (specs / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("drift", "--specs", str(specs), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    model = botocore.session.get_session().get_service_model("sagemaker")
    output = model.shape_for("DescribeModelPackageOutput")
    assert isinstance(output, StructureShape)
    live = set(output.members)
    on_page = _response_keys(SEEDS[1], "DescribeModelPackage")
    expected = {f"DescribeModelPackageOutput.{k}" for k in live - on_page}
    assert expected, "the installed botocore should know members newer than 2023-03-08"
    assert expected <= set(data["members"]["only_in_botocore"])
    assert "CreateCompilationJob" not in data["operations"]["only_in_botocore"]
    text = run_cli("drift", "--specs", str(specs)).stdout
    assert "Members botocore has that the specs lack" in text
