# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.image_status import ImageStatus, as_ImageStatus_opt
from smtyped._generated.enums.image_version import (
    ImageVersionStatus,
    as_ImageVersionStatus_opt,
)
from smtyped._generated.enums.job_type import JobType, as_JobType_opt
from smtyped._generated.enums.processor import Processor, as_Processor_opt
from smtyped._generated.enums.vendor_guidance import (
    VendorGuidance,
    as_VendorGuidance_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageRequest(Shape):
    image_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageResponse(OutputShape):
    creation_time: datetime | None = None
    description: str | None = None
    display_name: str | None = None
    failure_reason: str | None = None
    image_arn: str | None = None
    image_name: str | None = None
    image_status: ImageStatus | None = attrs.field(default=None, converter=as_ImageStatus_opt)
    last_modified_time: datetime | None = None
    role_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageVersionRequest(Shape):
    image_name: str
    version: int | None = None
    alias: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageVersionResponse(OutputShape):
    base_image: str | None = None
    container_image: str | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    image_arn: str | None = None
    image_version_arn: str | None = None
    image_version_status: ImageVersionStatus | None = attrs.field(default=None, converter=as_ImageVersionStatus_opt)
    last_modified_time: datetime | None = None
    version: int | None = None
    vendor_guidance: VendorGuidance | None = attrs.field(default=None, converter=as_VendorGuidance_opt)
    job_type: JobType | None = attrs.field(default=None, converter=as_JobType_opt)
    ml_framework: str | None = None
    programming_lang: str | None = None
    processor: Processor | None = attrs.field(default=None, converter=as_Processor_opt)
    horovod: bool | None = None
    release_notes: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
