"""Ported from boto3: the newest approved model package of a group.

Source: aws-samples/amazon-sagemaker-pipelines-serial-batch-inference-sklearn-pytorch,
pytorch-demo/utils.py (``get_approved_package``: a ``NextToken`` loop over
``list_model_packages`` and a ``ClientError`` handler). The loop becomes a paginator, the
summaries typed objects. See docs/coming-from-boto3.md.
"""

from __future__ import annotations

import logging

from smtyped import SageMakerClient
from smtyped.errors import SageMakerError
from smtyped.shapes import ModelPackageSummary

logger = logging.getLogger(__name__)


def get_approved_package(model_package_group_name: str, sm: SageMakerClient) -> ModelPackageSummary:
    """The latest approved model package of the group (raises when there is none)."""
    try:
        packages = sm.paginate_list_model_packages(
            model_package_group_name=model_package_group_name,
            model_approval_status="Approved",
            sort_by="CreationTime",
            sort_order="Descending",
            page_size=100,
        )
        latest = next(iter(packages), None)  # pages are fetched only as far as needed
    except SageMakerError as err:
        logger.error(err.error_message)
        raise
    if latest is None:
        message = f"No approved ModelPackage found for ModelPackageGroup: {model_package_group_name}"
        logger.error(message)
        raise LookupError(message)
    logger.info("Identified the latest approved model package: %s", latest.model_package_arn)
    return latest
