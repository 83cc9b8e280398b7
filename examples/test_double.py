"""Test code that uses the client with smtyped's typed test double (no AWS, no moto, no dicts).

python examples/test_double.py
"""

from __future__ import annotations

from datetime import datetime

from smtyped import SageMakerClient
from smtyped.errors import ResourceNotFound, SageMakerError, is_not_found
from smtyped.shapes import DescribeModelPackageOutput, ModelPackageStatusDetails
from smtyped.testing import stub


def approved(sm: SageMakerClient, name: str) -> bool:
    """The code under test: is this model package approved (False when it does not exist)?"""
    try:
        pkg = sm.describe_model_package(model_package_name=name)
    except SageMakerError as err:
        if is_not_found(err):
            return False
        raise
    return str(pkg.model_approval_status) == "Approved"


def main() -> None:
    sm = SageMakerClient(region_name="us-east-1", endpoint_url="http://127.0.0.1:9")  # never reached
    with stub(sm) as s:
        s.describe_model_package(model_package_name="churn/3").returns(
            DescribeModelPackageOutput(
                model_package_name="churn",
                model_package_arn="arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3",
                creation_time=datetime(2024, 1, 1),
                model_package_status="Completed",
                model_package_status_details=ModelPackageStatusDetails(validation_statuses=[]),
                model_approval_status="Approved",
            )
        )
        s.describe_model_package(model_package_name="churn/4").raises(ResourceNotFound, "no such package")
        print("churn/3 approved:", approved(sm, "churn/3"))
        print("churn/4 approved:", approved(sm, "churn/4"))


if __name__ == "__main__":
    main()
