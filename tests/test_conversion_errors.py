"""Wrong values in from_dict raise a ValueError naming the field; JSON-safe dicts round-trip."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest

from smtyped.errors import ConversionError
from smtyped.shapes import (
    DescribeCompilationJobResponse,
    DescribeTrainingJobResponse,
    OutputConfig,
)

UTC = timezone.utc


def test_a_list_where_an_object_belongs_fails_on_first_access_naming_the_field() -> None:
    job = DescribeCompilationJobResponse.from_dict({"OutputConfig": [1, 2, 3]})  # nested: converted lazily
    with pytest.raises(
        ConversionError, match=r"^DescribeCompilationJobResponse\.OutputConfig: expected an object, got a list$"
    ):
        _ = job.output_config
    # a ValueError, not an AttributeError: hasattr and getattr with a default do not hide it
    with pytest.raises(ValueError):
        hasattr(job, "output_config")
    with pytest.raises(ValueError):
        getattr(job, "output_config", None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"TrainingTimeInSeconds": "nine hundred"}, r"TrainingTimeInSeconds: expected an integer, got a string"),
        ({"CreationTime": "yesterday"}, r"CreationTime: expected a timestamp"),
        ({"EnableNetworkIsolation": "yes"}, r"EnableNetworkIsolation: expected a boolean"),
        ({"TrainingJobStatus": 3}, r"TrainingJobStatus: expected a TrainingJobStatus value"),
        ({"HyperParameters": ["a"]}, r"HyperParameters: expected an object, got a list"),
        ({"SecondaryStatusTransitions": {"Status": "x"}}, r"SecondaryStatusTransitions: expected a list"),
    ],
)
def test_wrong_scalar_and_container_types_fail_at_load_or_first_access(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConversionError, match=r"^DescribeTrainingJobResponse\." + message):
        DescribeTrainingJobResponse.from_dict(data).to_dict()  # to_dict reads every field


def test_a_deeper_value_names_the_classes_on_the_way() -> None:
    job = DescribeCompilationJobResponse.from_dict({"OutputConfig": {"TargetPlatform": {"Os": 5}}})
    with pytest.raises(ConversionError) as info:
        _ = job.output_config
    assert str(info.value).startswith("DescribeCompilationJobResponse > OutputConfig > TargetPlatform.Os: expected")
    with pytest.raises(ConversionError, match=r"^OutputConfig > TargetPlatform\.Os"):
        OutputConfig.from_dict({"TargetPlatform": {"Os": 5}})


def test_from_dict_of_something_that_is_not_a_dict() -> None:
    with pytest.raises(ConversionError, match="expected an object, got list"):
        OutputConfig.from_dict([("S3OutputLocation", "s3://b")])  # type: ignore[arg-type]


def test_a_response_cached_as_json_loads_back_equal() -> None:
    job = DescribeTrainingJobResponse.from_dict(
        {
            "TrainingJobName": "xgb",
            "CreationTime": datetime(2024, 1, 1, 12, 30, tzinfo=UTC),
            "TrainingJobStatus": "Completed",
            "FinalMetricDataList": [
                {"MetricName": "auc", "Value": 0.91, "Timestamp": datetime(2024, 1, 2, tzinfo=UTC)}
            ],
            "ModelArtifacts": {"S3ModelArtifacts": "s3://b/model.tar.gz"},
        }
    )
    text = json.dumps(job.to_dict(mode="json"))  # would raise on a datetime
    assert '"CreationTime": "2024-01-01T12:30:00+00:00"' in text
    back = DescribeTrainingJobResponse.from_dict(json.loads(text))
    assert back == job
    assert back.creation_time == datetime(2024, 1, 1, 12, 30, tzinfo=UTC)
    assert back.to_dict() == job.to_dict()


def test_json_mode_writes_blobs_as_base64_and_reads_them_back() -> None:
    """SageMaker's control plane has no blob members; the runtime API does (same helpers)."""
    from smtyped._wire import blob, json_safe

    assert json_safe({"B": b"\x00\xff"}) == {"B": "AP8="}
    assert blob("X", "B", "AP8=") == b"\x00\xff"
    with pytest.raises(ConversionError, match=r"X\.B: expected bytes"):
        blob("X", "B", "not base64!")
