# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.capture_status import CaptureStatus, as_CaptureStatus_opt
from smtyped._generated.shapes.capture_content import CaptureContentTypeHeader
from smtyped._generated.shapes.capture_option import CaptureOption

@attrs.frozen(kw_only=True, slots=False)
class DataCaptureConfig(Shape):
    initial_sampling_percentage: int
    destination_s3_uri: str
    capture_options: list[CaptureOption]
    enable_capture: bool | None = None
    kms_key_id: str | None = None
    capture_content_type_header: CaptureContentTypeHeader | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DataCaptureConfigSummary(Shape):
    enable_capture: bool | None = None
    capture_status: CaptureStatus | None = attrs.field(default=None, converter=as_CaptureStatus_opt)
    current_sampling_percentage: int | None = None
    destination_s3_uri: str | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
