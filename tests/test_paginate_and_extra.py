"""Paginators users can steer (page size, item limit, resume token, whole pages) and the
``extra=`` escape hatch for request members the specs do not know yet."""

from __future__ import annotations

from typing import Any

import pytest

from smtyped.shapes import ListTrainingJobsResponse, TrainingJobSummary

T0 = "2024-01-01T00:00:00Z"


def _summary(name: str) -> dict[str, Any]:
    return {
        "TrainingJobName": name,
        "TrainingJobArn": f"arn:aws:sagemaker:us-east-1:123456789012:training-job/{name}",
        "CreationTime": T0,
        "TrainingJobStatus": "Completed",
    }


def test_page_size_and_starting_token_reach_the_request(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response(
        "list_training_jobs",
        {"TrainingJobSummaries": [_summary("a"), _summary("b")], "NextToken": "t2"},
        {"MaxResults": 2, "NextToken": "t1"},
    )
    stubber.add_response(
        "list_training_jobs", {"TrainingJobSummaries": [_summary("c")]}, {"MaxResults": 2, "NextToken": "t2"}
    )
    names = [s.training_job_name for s in sm.paginate_list_training_jobs(page_size=2, starting_token="t1")]
    assert names == ["a", "b", "c"]
    stubber.assert_no_pending_responses()


def test_max_items_stops_early_without_fetching_more(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response(
        "list_training_jobs", {"TrainingJobSummaries": [_summary("a"), _summary("b")], "NextToken": "t2"}, {}
    )
    items = list(sm.paginate_list_training_jobs(max_items=1))
    assert [i.training_job_name for i in items] == ["a"]
    assert isinstance(items[0], TrainingJobSummary)
    stubber.assert_no_pending_responses()  # the second page was never asked for


def test_whole_pages_are_typed_responses_with_their_next_token(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response("list_training_jobs", {"TrainingJobSummaries": [_summary("a")], "NextToken": "t2"}, {})
    stubber.add_response("list_training_jobs", {"TrainingJobSummaries": [_summary("b")]}, {"NextToken": "t2"})
    pages = list(sm.paginate_list_training_jobs().pages())
    assert all(isinstance(p, ListTrainingJobsResponse) for p in pages)
    assert [p.next_token for p in pages] == ["t2", None]
    assert [s.training_job_name for p in pages for s in p.training_job_summaries or []] == ["a", "b"]


def test_paginate_is_an_iterator(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response("list_training_jobs", {"TrainingJobSummaries": [_summary("a"), _summary("b")]}, {})
    it = sm.paginate_list_training_jobs()
    assert next(it).training_job_name == "a"
    assert [s.training_job_name for s in it] == ["b"]


def test_extra_sends_members_the_specs_do_not_know(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response(
        "describe_training_job",
        {"TrainingJobName": "a", "TrainingJobArn": "arn:x", "CreationTime": T0, "TrainingJobStatus": "Completed"}
        | {"ModelArtifacts": {"S3ModelArtifacts": "s3://b/m"}, "AlgorithmSpecification": {"TrainingInputMode": "File"}}
        | {"ResourceConfig": {"VolumeSizeInGB": 1}, "StoppingCondition": {}, "SecondaryStatus": "Completed"},
        {"TrainingJobName": "a"},
    )
    # the same member passed through extra= instead of its keyword: what a newer member would do
    assert sm.describe_training_job(training_job_name="b", extra={"TrainingJobName": "a"}).training_job_name == "a"


def test_extra_is_still_validated_by_botocore() -> None:
    from botocore.exceptions import ParamValidationError

    from smtyped import SageMakerClient

    # validation fails before any request: the loopback endpoint is never reached
    sm = SageMakerClient(region_name="us-east-1", endpoint_url="http://127.0.0.1:9")
    with pytest.raises(ParamValidationError, match="NoSuchMember"):
        sm.describe_training_job(training_job_name="a", extra={"NoSuchMember": 1})


def test_config_must_be_a_botocore_config_at_run_time_too() -> None:
    from smtyped import SageMakerClient

    with pytest.raises(TypeError, match=r"botocore\.config\.Config, not dict"):
        SageMakerClient(region_name="us-east-1", config={"retries": 3})  # type: ignore[arg-type]
