# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.trial_component import (
    TrialComponentArtifact,
    TrialComponentMetricSummary,
    TrialComponentParameterValue,
    TrialComponentSource,
    TrialComponentStatus,
)
from smtyped._generated.shapes.trial_source import TrialSource
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialComponentRequest(Shape):
    trial_component_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialComponentResponse(OutputShape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    display_name: str | None = None
    source: TrialComponentSource | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    parameters: dict[str, TrialComponentParameterValue] | None = None
    input_artifacts: dict[str, TrialComponentArtifact] | None = None
    output_artifacts: dict[str, TrialComponentArtifact] | None = None
    metadata_properties: MetadataProperties | None = None
    metrics: list[TrialComponentMetricSummary] | None = None
    lineage_group_arn: str | None = None
    sources: list[TrialComponentSource] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialRequest(Shape):
    trial_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialResponse(OutputShape):
    trial_name: str | None = None
    trial_arn: str | None = None
    display_name: str | None = None
    experiment_name: str | None = None
    source: TrialSource | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
