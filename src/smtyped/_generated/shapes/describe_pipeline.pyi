# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.pipeline_execution import (
    PipelineExecutionStatus,
    as_PipelineExecutionStatus_opt,
)
from smtyped._generated.enums.pipeline_status import (
    PipelineStatus,
    as_PipelineStatus_opt,
)
from smtyped._generated.shapes.m_lflow import MLflowConfiguration
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.pipeline_experiment import PipelineExperimentConfig
from smtyped._generated.shapes.selective_execution import SelectiveExecutionConfig
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineDefinitionForExecutionRequest(Shape):
    pipeline_execution_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineDefinitionForExecutionResponse(OutputShape):
    pipeline_definition: str | None = None
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineExecutionResponse(OutputShape):
    pipeline_arn: str | None = None
    pipeline_execution_arn: str | None = None
    pipeline_execution_display_name: str | None = None
    pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_execution_description: str | None = None
    pipeline_experiment_config: PipelineExperimentConfig | None = None
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    selective_execution_config: SelectiveExecutionConfig | None = None
    pipeline_version_id: int | None = None
    m_lflow_config: MLflowConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineRequest(Shape):
    pipeline_name: str
    pipeline_version_id: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_definition: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    pipeline_status: PipelineStatus | None = attrs.field(default=None, converter=as_PipelineStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_run_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    pipeline_version_display_name: str | None = None
    pipeline_version_description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
