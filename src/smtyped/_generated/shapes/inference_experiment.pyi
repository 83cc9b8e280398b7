# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.inference_experiment import (
    InferenceExperimentStatus,
    InferenceExperimentType,
    as_InferenceExperimentStatus_opt,
    as_InferenceExperimentType_opt,
)
from smtyped._generated.shapes.capture_content import CaptureContentTypeHeader

@attrs.frozen(kw_only=True, slots=False)
class InferenceExperimentDataStorageConfig(Shape):
    destination: str
    kms_key: str | None = None
    content_type: CaptureContentTypeHeader | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceExperimentSchedule(Shape):
    start_time: datetime | None = None
    end_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceExperimentSummary(Shape):
    name: str | None = None
    type: InferenceExperimentType | None = attrs.field(default=None, converter=as_InferenceExperimentType_opt)
    schedule: InferenceExperimentSchedule | None = None
    status: InferenceExperimentStatus | None = attrs.field(default=None, converter=as_InferenceExperimentStatus_opt)
    status_reason: str | None = None
    description: str | None = None
    creation_time: datetime | None = None
    completion_time: datetime | None = None
    last_modified_time: datetime | None = None
    role_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
