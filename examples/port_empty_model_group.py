"""Ported from boto3: create a model package group unless it exists.

Source: SuperCowPowers/workbench, tests/create_test_artifacts/create_empty_model_group.py
(``create_model_package_group`` with a ``ClientError`` whose code and message are compared by
hand). The boto3 idiom ``except client.exceptions.X`` still works on ``sm.client``; smtyped's
typed errors say the same with one class. See docs/coming-from-boto3.md.
"""

from __future__ import annotations

import logging

from smtyped import SageMakerClient
from smtyped.errors import ResourceInUse, ValidationError
from smtyped.shapes import CreateModelPackageGroupOutput

log = logging.getLogger(__name__)


def create_model_package_group(group_name: str, sm: SageMakerClient) -> CreateModelPackageGroupOutput | None:
    try:
        response = sm.create_model_package_group(
            model_package_group_name=group_name,
            model_package_group_description="Your description here",
        )
    except (ValidationError, ResourceInUse) as err:
        if "already exists" not in err.error_message:
            raise
        log.info("Model Package Group '%s' already exists.", group_name)
        return None
    log.info("Model Package Group '%s' created successfully.", group_name)
    return response


def describe_or_none(group_name: str, sm: SageMakerClient) -> str | None:
    """The group's ARN, or None when it does not exist: boto3's ``client.exceptions`` idiom."""
    try:
        return sm.describe_model_package_group(model_package_group_name=group_name).model_package_group_arn
    except sm.client.exceptions.ResourceNotFound:
        return None
    except ValidationError as err:  # SageMaker says "does not exist" this way for some describes
        if "does not exist" in err.error_message or "not found" in err.error_message.lower():
            return None
        raise
