# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.trial_component import (
    TrialComponentArtifact,
    TrialComponentParameterValue,
    TrialComponentStatus,
)

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentRequest(Shape):
    trial_component_name: str
    display_name: str | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    parameters: dict[str, TrialComponentParameterValue] | None = None
    input_artifacts: dict[str, TrialComponentArtifact] | None = None
    output_artifacts: dict[str, TrialComponentArtifact] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentResponse(OutputShape):
    trial_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialRequest(Shape):
    trial_name: str
    experiment_name: str
    display_name: str | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialResponse(OutputShape):
    trial_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
