# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.model_approval import (
    ModelApprovalStatus,
    as_ModelApprovalStatus_opt,
)
from smtyped._generated.enums.model_package import (
    ModelPackageRegistrationType,
    ModelPackageStatus,
    as_ModelPackageRegistrationType_opt,
    as_ModelPackageStatus_opt,
)
from smtyped._generated.shapes.inference_specification import InferenceSpecification

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageError(Shape):
    error_code: str | None = None
    error_response: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageInput(Shape):
    model_package_arn_list: list[str]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageOutput(OutputShape):
    model_package_summaries: dict[str, BatchDescribeModelPackageSummary] | None = None
    batch_describe_model_package_error_map: dict[str, BatchDescribeModelPackageError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageSummary(Shape):
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_arn: str | None = None
    model_package_description: str | None = None
    creation_time: datetime | None = None
    inference_specification: InferenceSpecification | None = None
    model_package_status: ModelPackageStatus | None = attrs.field(default=None, converter=as_ModelPackageStatus_opt)
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
