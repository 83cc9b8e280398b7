"""Equality, hashing, printing and sensitive members of the generated classes."""

from __future__ import annotations

import logging

import pytest

from smtyped.shapes import DescribeTrainingJobResponse, OidcConfig, OutputConfig

ARN = "arn:aws:sagemaker:us-east-1:123456789012:training-job/" + "x" * 120


def _describe(request_id: str) -> DescribeTrainingJobResponse:
    return DescribeTrainingJobResponse.from_dict(
        {
            "TrainingJobName": "xgb-1",
            "TrainingJobArn": ARN,
            "TrainingJobStatus": "InProgress",
            "ModelArtifacts": {"S3ModelArtifacts": "s3://b/model.tar.gz"},
            "ResponseMetadata": {"RequestId": request_id, "HTTPStatusCode": 200},
        }
    )


def test_two_describes_of_an_unchanged_resource_are_equal() -> None:
    first, second = _describe("req-1"), _describe("req-2")
    assert first.response_metadata["RequestId"] != second.response_metadata["RequestId"]
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


def test_a_changed_field_or_unknown_key_makes_them_unequal() -> None:
    base = OutputConfig(s3_output_location="s3://b/out")
    assert base != base.replace(target_device="amba_cv2")
    assert base != OutputConfig(s3_output_location="s3://b/out", extra={"NewKey": 1})
    assert base != "s3://b/out"


def test_repr_keeps_arns_and_identifiers_whole() -> None:
    text = repr(_describe("req-1"))
    assert ARN in text
    assert "RequestId" not in text


def test_repr_abbreviates_long_free_text_and_says_how_much() -> None:
    reason = "The job failed because " + "the data was malformed " * 30
    job = DescribeTrainingJobResponse.from_dict({"FailureReason": reason})
    text = repr(job)
    assert reason not in text
    assert f"({len(reason) - 200} more characters)" in text


def _oidc(secret: str) -> OidcConfig:
    return OidcConfig(
        client_id="app",
        client_secret=secret,
        issuer="https://idp",
        authorization_endpoint="https://idp/a",
        token_endpoint="https://idp/t",
        user_info_endpoint="https://idp/u",
        logout_endpoint="https://idp/l",
        jwks_uri="https://idp/j",
    )


def test_sensitive_members_print_as_stars_but_keep_their_value(caplog: pytest.LogCaptureFixture) -> None:
    cfg = _oidc("hunter2")
    assert "hunter2" not in repr(cfg) and "client_secret='***'" in repr(cfg)
    assert cfg.client_secret == "hunter2"
    assert cfg.to_dict()["ClientSecret"] == "hunter2"
    with caplog.at_level(logging.INFO):
        logging.getLogger("app").info("config: %s / %r", cfg, cfg)
    assert "hunter2" not in caplog.text
