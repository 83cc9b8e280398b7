# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.trial_component import (
    TrialComponentArtifact,
    TrialComponentParameterValue,
    TrialComponentStatus,
)

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrialComponentRequest(Shape):
    trial_component_name: str
    display_name: str | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    parameters: dict[str, TrialComponentParameterValue] | None = None
    parameters_to_remove: list[str] | None = None
    input_artifacts: dict[str, TrialComponentArtifact] | None = None
    input_artifacts_to_remove: list[str] | None = None
    output_artifacts: dict[str, TrialComponentArtifact] | None = None
    output_artifacts_to_remove: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrialComponentResponse(OutputShape):
    trial_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrialRequest(Shape):
    trial_name: str
    display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrialResponse(OutputShape):
    trial_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
