"""Shape names against botocore's model and the corpus truth; Python names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.core.diagnostics import Report
from codegen.core.names import attribute_name, enum_member_names, xform_name
from codegen.core.serialize import service_json
from codegen.pipeline import load_service
from tests.helpers import SEEDS, corpus_pages, load, truth_of

PAGES = corpus_pages()


def _names(truth: dict[str, Any], ir: dict[str, Any], shapes: dict[str, Any], path: str, out: list[str]) -> None:
    """Compare botocore's shape name of every structure and enum with the IR's."""
    t = truth["type"]
    named = t in ("structure", "union") or (t == "string" and truth.get("enum"))
    if named and "$ref" not in ir and not ir.get("name"):
        out.append(f"{path}: unnamed, truth {truth['shape']}")
        return
    if named:
        got = ir.get("$ref") or ir.get("name")
        if got != truth["shape"]:
            out.append(f"{path}: named {got}, truth {truth['shape']}")
    if truth.get("recursive"):
        return
    while "$ref" in ir:
        ir = shapes[ir["$ref"]]
    for m in truth.get("members") or []:
        im = ir.get("members", {}).get(m["name"])
        if im is not None:
            _names(m, im["shape"], shapes, f"{path}.{m['name']}", out)
    if t == "list" and "member" in ir:
        _names(truth["element"], ir["member"], shapes, f"{path}[]", out)
    if t == "map" and "value" in ir:
        _names(truth["value"], ir["value"], shapes, f"{path}{{}}", out)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_names_match_truth(page: Path) -> None:
    truth = truth_of(page)
    ir = service_json(load_service([page], Report()))
    mismatches: list[str] = []
    for op in truth["operations"]:
        got = ir["operations"][op["name"]]
        for side in ("input", "output"):
            if op.get(side) and side not in got.get("unrendered", []):
                _names(op[side], got[side], ir["shapes"], f"{op['name']}.{side}", mismatches)
    assert not mismatches, "\n".join(mismatches[:30])


def test_seed_names() -> None:
    svc, _ = load(*SEEDS)
    assert {
        "UserContext",
        "IamIdentity",
        "TargetDevice",
        "Framework",
        "TrialComponentSummary",
        "DescribeModelPackageOutput",
        "OutputConfig",
        "InputConfig",
    } <= set(svc.shapes)


def test_two_different_shapes_never_share_a_name() -> None:
    _, report = load(*SEEDS)
    assert not [d for d in report.items if "differs where" in d.message]


def test_python_names() -> None:
    assert xform_name("S3Uri") == "s3_uri"
    assert xform_name("MaxPayloadInMB") == "max_payload_in_mb"
    assert attribute_name("Lambda") == "lambda_"
    assert attribute_name("Type") == "type"
    assert attribute_name("Match") == "match_"
    assert attribute_name("x-amz-meta") == "x_amz_meta"


def test_enum_member_names() -> None:
    names = enum_member_names(("amba_cv2", "ml.m4.xlarge", "ml_m4_xlarge", "3d", "None", "", "a-b"))
    assert names == {
        "amba_cv2": "AMBA_CV2",
        "ml.m4.xlarge": "ML_M4_XLARGE",
        "ml_m4_xlarge": "ML_M4_XLARGE_2",
        "3d": "V_3D",
        "None": "NONE",
        "": "EMPTY",
        "a-b": "A_B",
    }
    assert all(n.isidentifier() for n in names.values())


def test_enum_member_names_split_at_word_boundaries() -> None:
    """Like botocore's xform_name: a camel-case value is several words, an all-caps one is one."""
    names = enum_member_names(("InService", "CreationTime", "PYTORCH", "ml.p4de.24xlarge", "S3Prefix", "iOS"))
    assert names == {
        "InService": "IN_SERVICE",
        "CreationTime": "CREATION_TIME",
        "PYTORCH": "PYTORCH",
        "ml.p4de.24xlarge": "ML_P4DE_24XLARGE",
        "S3Prefix": "S3_PREFIX",
        "iOS": "I_OS",
    }


def test_page_of_a_service_botocore_does_not_know(tmp_path: Path) -> None:
    """Names fall back to paths (reported); the shapes themselves still come from the page."""
    import json
    import os
    import subprocess
    import sys

    from tests.helpers import CORPUS, ROOT

    page = CORPUS / "other" / "2025-10-27_kinesis_1.40.60.txt"
    renamed = tmp_path / "page.txt"
    renamed.write_text(
        page.read_text(encoding="utf-8").replace("Amazon Kinesis", "Amazon Kinesis Renamed"), encoding="utf-8"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "ir", str(renamed), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "botocore has no model for 'Amazon Kinesis Renamed'" in proc.stderr
    ir = json.loads(proc.stdout)
    out = ir["operations"]["DescribeStreamSummary"]["output"]
    assert out == {"$ref": "DescribeStreamSummaryResponse"}
    summary = ir["shapes"]["DescribeStreamSummaryResponseStreamDescriptionSummary"]
    assert summary["members"]["MaxRecordSizeInKiB"]["since"] == "2025-10-27"
    assert (tmp_path / "cache" / "smtyped-codegen").is_dir()  # the slow scan is cached
