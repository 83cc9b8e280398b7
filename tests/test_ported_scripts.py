"""The boto3 scripts ported in docs/coming-from-boto3.md run: against moto's server (through
smtyped.local and the smtyped.testing fixtures a user would use), or the typed test double
where moto does not answer as SageMaker does."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smtyped import SageMakerClient
from smtyped.errors import RequestTypeError, ValidationError
from smtyped.shapes import CreateModelPackageGroupOutput
from smtyped.testing import local_sagemaker, local_server, stub
from tests.helpers import ROOT
from tests.test_examples import _example

__all__ = ["local_sagemaker", "local_server"]  # the fixtures, as a user's conftest.py imports them

ROLE = "arn:aws:iam::123456789012:role/sm"


def test_lambda_with_nested_dicts_from_its_event(local_sagemaker: SageMakerClient) -> None:
    event = {
        "training_image": "img",
        "model_name": "churn",
        "role_arn": ROLE,
        "train_data_uri": "s3://b/d",
        "resource_config": {"instance_type": "ml.m5.large", "instance_count": 1, "volume_size": 10},
        "use_spot_training": False,
        "tags": [{"Key": "team", "Value": "ml"}],
    }
    answer = _example("port_lambda_submit_training").lambda_handler(event, None, local_sagemaker)
    assert answer["statusCode"] == 200 and ":training-job/churn-" in answer["trainingJobArn"]
    name = answer["trainingJobArn"].rsplit("/", 1)[1]
    job = local_sagemaker.describe_training_job(training_job_name=name)
    assert job.resource_config is not None and job.resource_config.instance_type == "ml.m5.large"
    assert job.enable_managed_spot_training is False
    # the Lambda makes its own client when given none: the fixture's environment sends it here too
    again = _example("port_lambda_submit_training").lambda_handler({**event, "model_name": "other"}, None)
    assert ":training-job/other-" in again["trainingJobArn"]


def test_whole_request_from_a_config_file(local_sagemaker: SageMakerClient, tmp_path: Path) -> None:
    config = {
        "RoleArn": ROLE,
        "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
        "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
        "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 10},
        "StoppingCondition": {"MaxRuntimeInSeconds": 600},
        "HyperParameters": {"epochs": "3"},
    }
    path = tmp_path / "train.json"
    path.write_text(json.dumps(config))
    port = _example("port_training_from_config")
    arn = port.create_training_job(local_sagemaker, path, "from-config")
    assert arn.endswith(":training-job/from-config")
    described = local_sagemaker.describe_training_job(training_job_name="from-config")
    assert described.hyper_parameters == {"epochs": "3"}
    # a wrong value in the file fails before anything is sent, naming where
    path.write_text(json.dumps({**config, "HyperParameters": {"epochs": 3}}))
    with pytest.raises(RequestTypeError, match=r"hyper_parameters\['epochs'\]: expected str, got int"):
        port.create_training_job(local_sagemaker, path, "bad")


def test_next_token_loop_as_a_paginator(local_sagemaker: SageMakerClient) -> None:
    sm = local_sagemaker
    sm.create_model_package_group(model_package_group_name="churn")
    for status in ("Approved", "Approved", "PendingManualApproval"):
        sm.create_model_package(model_package_group_name="churn", model_approval_status=status)
    latest = _example("port_latest_approved_package").get_approved_package("churn", sm)
    assert latest.model_approval_status == "Approved" and latest.model_package_version == 2
    with pytest.raises(LookupError, match="No approved ModelPackage found for ModelPackageGroup: none"):
        _example("port_latest_approved_package").get_approved_package("none", sm)


def test_client_exceptions_idiom_and_typed_errors(local_sagemaker: SageMakerClient, caplog: Any) -> None:
    port = _example("port_empty_model_group")
    assert port.describe_or_none("group", local_sagemaker) is None
    made = port.create_model_package_group("group", local_sagemaker)
    assert isinstance(made, CreateModelPackageGroupOutput)
    assert port.describe_or_none("group", local_sagemaker) == made.model_package_group_arn


def test_existing_group_is_not_an_error(fake_aws_env: None, caplog: Any) -> None:
    # moto makes a second group of the same name; SageMaker refuses: the typed double says so
    sm = SageMakerClient(region_name="us-east-1")
    port = _example("port_empty_model_group")
    with stub(sm) as s:
        s.create_model_package_group(
            model_package_group_name="g", model_package_group_description="Your description here"
        ).raises(ValidationError, "Model Package Group already exists: g")
        s.create_model_package_group(
            model_package_group_name="g", model_package_group_description="Your description here"
        ).raises(ValidationError, "1 validation error detected")
        with caplog.at_level(logging.INFO):
            assert port.create_model_package_group("g", sm) is None
        assert "already exists" in caplog.text
        with pytest.raises(ValidationError, match="1 validation error"):
            port.create_model_package_group("g", sm)


def test_local_server_command_prints_what_to_export() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "smtyped.local", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        export = lines[2].split()
        assert export[0] == "export"
        env = dict(item.split("=", 1) for item in export[1:])
        assert env["AWS_ENDPOINT_URL"].startswith("http://127.0.0.1:")
        check = (
            "from smtyped import SageMakerClient\n"
            "sm = SageMakerClient()\n"
            "sm.create_model_package_group(model_package_group_name='g')\n"
            "print(sm.describe_model_package_group(model_package_group_name='g').model_package_group_name)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", check], env={**env, "PATH": ""}, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "g"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_what_mypy_accepts_runs(local_sagemaker: SageMakerClient) -> None:
    config = {
        "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
        "Tags": [{"Key": "team", "Value": "ml"}],
        "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
        "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
        "StoppingCondition": {"MaxRuntimeInSeconds": 600},
    }
    seen = _example("what_mypy_accepts_runs").main(local_sagemaker, ROLE, json.dumps(config))
    assert seen[0].startswith("promises-1 Completed 20")
    assert seen[1:] == ["promises-2", "Completed"]
    tags = local_sagemaker.list_tags(
        resource_arn=local_sagemaker.describe_training_job(training_job_name="promises-1").training_job_arn
    )
    assert [(t.key, t.value) for t in tags.tags or []] == [("team", "ml")]
