"""Lossless conversion: from_dict(d).to_dict() == d, including what the specs do not know."""

from __future__ import annotations

import datetime
import pickle

import botocore.session
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smtyped
from codegen.core.ir import Ref
from smtyped._registry import SHAPES
from smtyped.convert import converter
from smtyped.enums import TargetDevice
from smtyped.errors import MissingMemberError
from smtyped.shapes import DescribeModelPackageOutput, IamIdentity, ModelPackageStatusDetails, OutputConfig, UserContext
from tests.samples import full_value
from tests.wire_values import specs_service, strategy

SVC = specs_service()
OUTPUTS = sorted({op.output.name for op in SVC.operations.values() if isinstance(op.output, Ref)})
MODEL = botocore.session.get_session().get_service_model("sagemaker")


@pytest.mark.parametrize("name", OUTPUTS)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_round_trip_with_unknown_keys_and_values(name: str, data: st.DataObject) -> None:
    d = data.draw(strategy(SVC, SVC.shapes[name], unknown=True))
    obj = SHAPES[name].from_dict(d)
    assert obj.to_dict() == d
    assert converter.unstructure(converter.structure(d, type(obj))) == d


WITH_OUTPUT = [n for n in sorted(SVC.operations) if MODEL.operation_model(n).output_shape is not None]


@pytest.mark.parametrize("op_name", WITH_OUTPUT)
def test_response_from_current_botocore_model_round_trips(op_name: str) -> None:
    """Members and enum values newer than the specs load and come back unchanged."""
    op = SVC.operations[op_name]
    d = full_value(MODEL.operation_model(op_name).output_shape)
    d["ResponseMetadata"] = {"RequestId": "r-1", "HTTPStatusCode": 200}
    obj = SHAPES[op.output.name].from_dict(d)  # type: ignore[union-attr]
    assert obj.to_dict() == d
    assert obj.response_metadata["RequestId"] == "r-1"


def test_unknown_enum_value_loads_and_round_trips() -> None:
    new = TargetDevice("ml_inf9")
    assert isinstance(new, TargetDevice) and not new.is_known
    assert new == "ml_inf9" and str(new) == "ml_inf9"
    assert TargetDevice.AMBA_CV2 == "amba_cv2" and TargetDevice.AMBA_CV2.is_known  # type: ignore[comparison-overlap]
    assert TargetDevice("amba_cv2") is TargetDevice.AMBA_CV2
    cfg = OutputConfig.from_dict({"S3OutputLocation": "s3://b", "TargetDevice": "ml_inf9"})
    assert cfg.target_device == "ml_inf9" and isinstance(cfg.target_device, TargetDevice)
    assert cfg.to_dict() == {"S3OutputLocation": "s3://b", "TargetDevice": "ml_inf9"}
    assert pickle.loads(pickle.dumps(new)) == new
    with pytest.raises(ValueError):
        TargetDevice(42)


def test_an_unknown_value_seen_again_is_the_same_pseudo_member(monkeypatch: pytest.MonkeyPatch) -> None:
    from smtyped import _enum

    first = OutputConfig.from_dict({"S3OutputLocation": "s3://b", "TargetDevice": "ml_inf10"}).target_device
    again = OutputConfig.from_dict({"S3OutputLocation": "s3://b", "TargetDevice": "ml_inf10"}).target_device
    assert first is again is TargetDevice("ml_inf10") and not again.is_known
    assert TargetDevice("amba_cv2") is TargetDevice.AMBA_CV2  # members are never cached as unknown
    # the remembered values are bounded: free text sent as an enum does not grow them for ever
    monkeypatch.setattr(_enum, "_UNKNOWN", {})
    monkeypatch.setattr(_enum, "_UNKNOWN_KEPT", 3)
    made = [TargetDevice(f"ml_new{i}") for i in range(10)]
    assert len(_enum._UNKNOWN[TargetDevice]) == 3
    assert TargetDevice("ml_new9") == made[9] and not TargetDevice("ml_new9").is_known


def test_unknown_keys_are_kept_at_every_level() -> None:
    d = {
        "CreatedBy": {"IamIdentity": {"Arn": "arn:1", "FutureField": {"x": 1}}, "NewTopLevel": True},
        "CreationTime": datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
        "ResponseMetadata": {"RequestId": "abc"},
    }
    pkg = DescribeModelPackageOutput.from_dict(d)
    assert pkg.created_by is not None and pkg.created_by.iam_identity is not None
    assert pkg.created_by.iam_identity.arn == "arn:1"
    assert pkg.created_by.iam_identity.extra == {"FutureField": {"x": 1}}
    assert pkg.created_by.extra == {"NewTopLevel": True}
    assert pkg.response_metadata == {"RequestId": "abc"}
    assert pkg.creation_time is d["CreationTime"]  # datetimes pass through as botocore gives them
    assert pkg.to_dict() == d


def test_missing_members_are_none_unless_always_present() -> None:
    pkg = DescribeModelPackageOutput.from_dict({})
    assert pkg.created_by is None and pkg.model_package_description is None  # optional: None
    with pytest.raises(MissingMemberError):
        _ = pkg.model_package_name  # botocore's model says the service always returns it
    assert pkg.to_dict() == {} and pkg.response_metadata == {}


def test_objects_are_frozen_and_keyword_only() -> None:
    ident = IamIdentity(arn="a", principal_id="p")
    with pytest.raises(AttributeError):
        ident.arn = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        IamIdentity("a")  # type: ignore[call-arg]
    ctx = UserContext(iam_identity=ident)
    assert UserContext.from_dict(ctx.to_dict()) == ctx


def test_repr_shows_set_fields_and_abbreviates_lists() -> None:
    from smtyped.shapes import ListTrialComponentsResponse

    d = {"TrialComponentSummaries": [{"TrialComponentName": f"tc-{i}"} for i in range(10)], "NextToken": "t"}
    text = repr(ListTrialComponentsResponse.from_dict(d))
    assert text.startswith("ListTrialComponentsResponse(trial_component_summaries=[TrialComponentSummary(")
    assert "tc-0" in text and "tc-3" not in text and "... 7 more" in text and "next_token='t'" in text
    assert "None" not in text


def test_union_accepts_one_member_only() -> None:
    from smtyped._generated._index import SHAPE_MODULES

    unions = [
        n
        for n, s in SVC.shapes.items()
        if getattr(s, "kind", "") == "union" and n in SHAPE_MODULES and len(s.members) > 1  # type: ignore[union-attr]
    ]
    assert unions, "the SageMaker specs hold tagged unions"
    cls = SHAPES[unions[0]]
    fields = cls._FIELDS
    with pytest.raises(ValueError):
        cls(**{fields[0]: "x", fields[1]: "y"})


def test_lazy_loading() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smtyped; before = {m for m in sys.modules if m.startswith('smtyped._generated.shapes.')}\n"
        "c = smtyped.SageMakerClient(region_name='us-east-1')\n"
        "after_client = {m for m in sys.modules if m.startswith('smtyped._generated.shapes.')}\n"
        "from smtyped.shapes import UserContext\n"
        "after_one = {m for m in sys.modules if m.startswith('smtyped._generated.shapes.')}\n"
        "print(len(before), len(after_client), sorted(after_one))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(" ", 2)
    assert out[0] == "0" and out[1] == "0"
    # the module of the class and no other (its conversions are made from its description)
    assert out[2].strip() == "['smtyped._generated.shapes.user_context']"


def test_submodules_are_attributes_of_the_package_loaded_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smtyped\n"
        "print('smtyped.shapes' in sys.modules, 'cattrs' in sys.modules)\n"
        "print(smtyped.shapes.OutputConfig.__name__, smtyped.enums.TargetDevice('amba_cv2').name)\n"
        "print(issubclass(smtyped.errors.ResourceNotFound, smtyped.errors.SageMakerError))\n"
        "print(sorted(m for m in sys.modules if m.startswith('smtyped._generated.shapes.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    loaded = "['smtyped._generated.shapes.output_config']"
    assert out == ["False False", "OutputConfig AMBA_CV2", "True", loaded]


def test_outputs_convert_nested_structures_on_first_access() -> None:
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    always = {
        "ModelPackageName": "p",
        "ModelPackageArn": "arn:p",
        "CreationTime": when,
        "ModelPackageStatus": "Completed",
        "ModelPackageStatusDetails": {"ValidationStatuses": []},
    }
    d = {**always, "CreatedBy": {"UserProfileName": "alice", "IamIdentity": {"Arn": "arn:1"}}}
    pkg = DescribeModelPackageOutput.from_dict(d)
    assert "created_by" not in vars(pkg)  # not converted yet
    first = pkg.created_by
    assert isinstance(first, UserContext) and first.iam_identity == IamIdentity(arn="arn:1")
    assert pkg.created_by is first  # converted once, then read directly
    built = DescribeModelPackageOutput(
        model_package_name="p",
        model_package_arn="arn:p",
        creation_time=when,
        model_package_status="Completed",
        model_package_status_details=ModelPackageStatusDetails(validation_statuses=[]),
        created_by=UserContext(user_profile_name="alice", iam_identity=IamIdentity(arn="arn:1")),
    )
    assert DescribeModelPackageOutput.from_dict(d) == built
    again = pickle.loads(pickle.dumps(DescribeModelPackageOutput.from_dict(d)))
    assert again.to_dict() == d
    with pytest.raises(AttributeError):
        pkg.created_by = None  # type: ignore[misc]


def test_old_converter_attribute_says_where_it_moved() -> None:
    with pytest.raises(AttributeError, match=r"smtyped\.convert\.converter"):
        getattr(smtyped, "converter")  # noqa: B009  (mypy knows it is gone: it is a type error)


def test_replace_converts_literals_and_keeps_unknown_keys() -> None:
    cfg = OutputConfig.from_dict({"S3OutputLocation": "s3://b/out", "FutureKey": {"A": 1}})
    moved = cfg.replace(target_device="amba_cv2")
    assert moved.target_device is TargetDevice.AMBA_CV2
    assert moved.to_dict() == {"S3OutputLocation": "s3://b/out", "TargetDevice": "amba_cv2", "FutureKey": {"A": 1}}
    assert cfg.target_device is None  # the original is untouched


def test_attrs_sees_the_api_fields_only() -> None:
    """attrs.fields lists no internal ``_extra``; evolve converts literals but, knowing only
    the fields, drops ``extra`` (documented: use ``replace``)."""
    import attrs

    assert [a.name for a in attrs.fields(OutputConfig)][:2] == ["s3_output_location", "target_device"]
    assert not [a.name for a in attrs.fields(OutputConfig) if a.name.startswith("_")]
    cfg = OutputConfig.from_dict({"S3OutputLocation": "s3://b/out", "FutureKey": {"A": 1}})
    # to type checkers the stubs are plain classes (no attrs plugin work), so evolve is untyped
    moved = attrs.evolve(cfg, target_device="amba_cv2")  # type: ignore[misc]
    assert moved.target_device is TargetDevice.AMBA_CV2
    assert moved.to_dict() == {"S3OutputLocation": "s3://b/out", "TargetDevice": "amba_cv2"}
