# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.trial_component import (
    TrialComponentPrimaryStatus,
    as_TrialComponentPrimaryStatus_opt,
)
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.parent import Parent
from smtyped._generated.shapes.processing_job import ProcessingJob
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.training_job import TrainingJob
from smtyped._generated.shapes.transform_job import TransformJob
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class TrialComponent(Shape):
    trial_component_name: str | None = None
    display_name: str | None = None
    trial_component_arn: str | None = None
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
    metrics: list[TrialComponentMetricSummary] | None = None
    metadata_properties: MetadataProperties | None = None
    source_detail: TrialComponentSourceDetail | None = None
    lineage_group_arn: str | None = None
    tags: list[Tag] | None = None
    parents: list[Parent] | None = None
    run_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentArtifact(Shape):
    value: str
    media_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentMetricSummary(Shape):
    metric_name: str | None = None
    source_arn: str | None = None
    time_stamp: datetime | None = None
    max: float | None = None
    min: float | None = None
    last: float | None = None
    count: int | None = None
    avg: float | None = None
    std_dev: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentParameterValue(Shape):
    string_value: str | None = None
    number_value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSimpleSummary(Shape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    trial_component_source: TrialComponentSource | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSource(Shape):
    source_arn: str | None = None
    source_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSourceDetail(Shape):
    source_arn: str | None = None
    training_job: TrainingJob | None = None
    processing_job: ProcessingJob | None = None
    transform_job: TransformJob | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentStatus(Shape):
    primary_status: TrialComponentPrimaryStatus | None = attrs.field(
        default=None, converter=as_TrialComponentPrimaryStatus_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSummary(Shape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    display_name: str | None = None
    trial_component_source: TrialComponentSource | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
