"""Golden facts read off the two seed pages by a person, checked against the parser."""

from __future__ import annotations

import json

import pytest

from codegen.core.ir import ListOf, Scalar, StringShape, Structure
from tests.helpers import SEEDS, load, resolve, run_cli


@pytest.fixture(scope="module")
def seeds():  # type: ignore[no-untyped-def]
    svc, report = load(*SEEDS)
    return svc, report


def test_seeds_hold_19_operations(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    assert len(svc.operations) == 19
    assert {"CreateCompilationJob", "DescribeModelPackage", "ListPipelineExecutionSteps"} <= set(svc.operations)


def test_header_count_mismatch_is_a_warning(seeds) -> None:  # type: ignore[no-untyped-def]
    _, report = seeds
    msgs = [str(d) for d in report.warnings]
    assert any("2023-03-08.txt:3" in m and "16 updated" in m and "15 updated" in m for m in msgs)
    assert not report.errors


def test_target_device_enum(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    inp = resolve(svc, svc.operations["CreateCompilationJob"].input)
    assert isinstance(inp, Structure)
    out_cfg = resolve(svc, inp.members["OutputConfig"].shape)
    assert isinstance(out_cfg, Structure)
    td = resolve(svc, out_cfg.members["TargetDevice"].shape)
    assert isinstance(td, StringShape) and td.enum is not None
    assert len(td.enum) == 32
    assert "amba_cv2" in td.enum
    assert td.enum_since["amba_cv2"] == "2021-12-08"
    assert "amba_cv2" in td.enum_introduced
    assert td.name == "TargetDevice"


def test_iam_identity_new_on_2023_03_08(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    out = resolve(svc, svc.operations["DescribeModelPackage"].output)
    assert isinstance(out, Structure)
    created_by = resolve(svc, out.members["CreatedBy"].shape)
    assert isinstance(created_by, Structure) and created_by.name == "UserContext"
    ident_member = created_by.members["IamIdentity"]
    assert ident_member.since == "2023-03-08" and ident_member.introduced
    ident = resolve(svc, ident_member.shape)
    assert isinstance(ident, Structure) and ident.name == "IamIdentity"
    assert list(ident.members) == ["Arn", "PrincipalId", "SourceIdentity"]
    assert all(m.since == "2023-03-08" and m.introduced for m in ident.members.values())
    # a member that existed before this page is not marked as introduced by it
    assert not created_by.members["UserProfileArn"].introduced


def test_attempt_count_is_integer(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    out = resolve(svc, svc.operations["ListPipelineExecutionSteps"].output)
    assert isinstance(out, Structure)
    steps = out.members["PipelineExecutionSteps"].shape
    assert isinstance(steps, ListOf)
    step = resolve(svc, steps.member)
    assert isinstance(step, Structure)
    assert step.members["AttemptCount"].shape == Scalar("integer")
    assert step.members["AttemptCount"].since == "2021-12-08"


def test_create_compilation_job_required_flags(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    inp = resolve(svc, svc.operations["CreateCompilationJob"].input)
    assert isinstance(inp, Structure)
    required = {k for k, m in inp.members.items() if m.required}
    assert required == {"CompilationJobName", "RoleArn", "OutputConfig", "StoppingCondition"}

    def req(shape_name: str) -> set[str]:
        s = svc.shapes[shape_name]
        assert isinstance(s, Structure)
        return {k for k, m in s.members.items() if m.required}

    assert req("InputConfig") == {"S3Uri", "DataInputConfig", "Framework"}
    assert req("OutputConfig") == {"S3OutputLocation"}
    assert req("TargetPlatform") == {"Os", "Arch"}
    assert req("NeoVpcConfig") == {"SecurityGroupIds", "Subnets"}
    assert req("Tag") == {"Key", "Value"}
    assert req("StoppingCondition") == set()


def test_docs_are_attached(seeds) -> None:  # type: ignore[no-untyped-def]
    svc, _ = seeds
    inp = resolve(svc, svc.operations["CreateCompilationJob"].input)
    assert isinstance(inp, Structure)
    assert inp.members["CompilationJobName"].doc.startswith("A name for the model compilation job.")
    assert svc.operations["CreateCompilationJob"].doc.startswith("Starts a model compilation job.")


def test_cli_ir_json_prints_all_operations() -> None:
    proc = run_cli("ir", *map(str, SEEDS), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["service"] == "Amazon SageMaker Service"
    assert len(data["operations"]) == 19
    assert [p["date"] for p in data["pages"]] == ["2021-12-08", "2023-03-08"]
    assert data["pages"][1]["declared"] == 16 and data["pages"][1]["found"] == 15
    op = data["operations"]["DescribeModelPackage"]
    assert op["method"] == "describe_model_package" and op["status"] == "updated"
    assert data["shapes"]["TargetDevice"]["enum_since"]["amba_cv2"] == "2021-12-08"


@pytest.mark.parametrize(
    "variant",
    {
        "crlf": lambda b: b.replace(b"\n", b"\r\n"),
        "byte_order_mark": lambda b: b"\xef\xbb\xbf" + b,
        "trailing_spaces": lambda b: b.replace(b"\n", b"   \n"),
    }.items(),
    ids=lambda v: v[0],
)
def test_page_saved_differently_reads_the_same(variant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A page saved with Windows line ends, a byte-order mark or trailing blanks means the same."""
    _, change = variant
    original = SEEDS[0]
    copy = tmp_path / original.name
    copy.write_bytes(change(original.read_bytes()))
    svc, report = load(original)
    svc_copy, report_copy = load(copy)
    assert not report_copy.errors and len(report_copy.warnings) == len(report.warnings)
    assert svc_copy.title == svc.title
    assert svc_copy.operations == svc.operations and svc_copy.shapes == svc.shapes
