"""The typed test double: generated classes in, botocore's Stubber underneath."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest
from botocore.exceptions import StubAssertionError

from smtyped import SageMakerClient
from smtyped.errors import ResourceNotFound
from smtyped.shapes import DescribeModelPackageOutput, ModelPackageStatusDetails
from smtyped.testing import UnmetExpectations, stub
from tests.helpers import ROOT

PKG = DescribeModelPackageOutput(
    model_package_name="churn",
    model_package_arn="arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3",
    creation_time=datetime(2024, 1, 1),
    model_package_status="Completed",
    model_package_status_details=ModelPackageStatusDetails(validation_statuses=[]),
)


def _client() -> SageMakerClient:
    return SageMakerClient(region_name="us-east-1", endpoint_url="http://127.0.0.1:9")


def test_returns_and_raises() -> None:
    sm = _client()
    with stub(sm) as s:
        s.describe_model_package(model_package_name="churn/3").returns(PKG)
        s.describe_compilation_job(compilation_job_name="nope").raises(ResourceNotFound, "no such job")
        assert sm.describe_model_package(model_package_name="churn/3") == PKG
        with pytest.raises(ResourceNotFound, match="no such job"):
            sm.describe_compilation_job(compilation_job_name="nope")


def test_arguments_are_checked_as_botocore_sends_them() -> None:
    sm = _client()
    with pytest.raises(StubAssertionError), stub(sm) as s:
        s.describe_model_package(model_package_name="churn/3").returns(PKG)
        sm.describe_model_package(model_package_name="churn/4")


def test_unmet_expectations_fail_with_the_list() -> None:
    sm = _client()
    with pytest.raises(UnmetExpectations, match=r"1 expected calls were not made: DescribeModelPackage\(.*churn/3"):
        with stub(sm) as s:
            s.describe_model_package(model_package_name="churn/3").returns(PKG)


def test_the_response_is_validated_by_botocore() -> None:
    sm = _client()
    with stub(sm) as s, pytest.raises(ValueError, match=r"stub of describe_model_package: DescribeModelPackageOutput"):
        # a required member of the response is missing (mypy says so too; this one came from a
        # dict): botocore's Stubber rejects it, and the error names the stub, class and member
        half = DescribeModelPackageOutput.from_dict({"ModelPackageName": "x"})
        s.describe_model_package(model_package_name="x").returns(half)


def test_the_example_runs() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "test_double.py")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "churn/3 approved: True" in proc.stdout and "churn/4 approved: False" in proc.stdout
