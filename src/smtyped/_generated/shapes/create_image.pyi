# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_type import JobType, as_JobType_opt
from smtyped._generated.enums.processor import Processor, as_Processor_opt
from smtyped._generated.enums.vendor_guidance import VendorGuidance, as_VendorGuidance_opt
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateImageRequest(Shape):
    image_name: str
    role_arn: str
    description: str | None = None
    display_name: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateImageResponse(OutputShape):
    image_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionRequest(Shape):
    base_image: str
    client_token: str
    image_name: str
    aliases: list[str] | None = None
    vendor_guidance: VendorGuidance | None = attrs.field(default=None, converter=as_VendorGuidance_opt)
    job_type: JobType | None = attrs.field(default=None, converter=as_JobType_opt)
    ml_framework: str | None = None
    programming_lang: str | None = None
    processor: Processor | None = attrs.field(default=None, converter=as_Processor_opt)
    horovod: bool | None = None
    release_notes: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionResponse(OutputShape):
    image_version_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
