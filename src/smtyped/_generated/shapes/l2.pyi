# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelPackageSortBy,
    ModelPackageType,
    as_ModelApprovalStatus_opt,
    as_ModelPackageSortBy_opt,
    as_ModelPackageType_opt,
)
from smtyped._generated.enums.n import (
    NotebookInstanceSortKey,
    NotebookInstanceSortOrder,
    NotebookInstanceStatus,
    as_NotebookInstanceSortKey_opt,
    as_NotebookInstanceSortOrder_opt,
    as_NotebookInstanceStatus_opt,
)
from smtyped._generated.enums.p import (
    ProjectSortBy,
    ProjectSortOrder,
    as_ProjectSortBy_opt,
    as_ProjectSortOrder_opt,
)
from smtyped._generated.enums.s import (
    SortOrder,
    SortPipelineExecutionsBy,
    SortPipelinesBy,
    SortTrialComponentsBy,
    as_SortOrder_opt,
    as_SortPipelineExecutionsBy_opt,
    as_SortPipelinesBy_opt,
    as_SortTrialComponentsBy_opt,
)
from smtyped._generated.shapes.m import ModelPackageSummary
from smtyped._generated.shapes.n import NotebookInstanceSummary
from smtyped._generated.shapes.p import (
    Parameter,
    PipelineExecutionStep,
    PipelineExecutionSummary,
    PipelineSummary,
    ProjectSummary,
)
from smtyped._generated.shapes.t import TrialComponentSummary

@attrs.frozen(kw_only=True, slots=False)
class ListModelPackagesInput(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    model_package_group_name: str | None = None
    model_package_type: ModelPackageType | None = attrs.field(default=None, converter=as_ModelPackageType_opt)
    next_token: str | None = None
    sort_by: ModelPackageSortBy | None = attrs.field(default=None, converter=as_ModelPackageSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelPackagesOutput(OutputShape):
    model_package_summary_list: list[ModelPackageSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstancesInput(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_by: NotebookInstanceSortKey | None = attrs.field(default=None, converter=as_NotebookInstanceSortKey_opt)
    sort_order: NotebookInstanceSortOrder | None = attrs.field(default=None, converter=as_NotebookInstanceSortOrder_opt)
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: NotebookInstanceStatus | None = attrs.field(default=None, converter=as_NotebookInstanceStatus_opt)
    notebook_instance_lifecycle_config_name_contains: str | None = None
    default_code_repository_contains: str | None = None
    additional_code_repository_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstancesOutput(OutputShape):
    next_token: str | None = None
    notebook_instances: list[NotebookInstanceSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionStepsRequest(Shape):
    pipeline_execution_arn: str | None = None
    next_token: str | None = None
    max_results: int | None = None
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionStepsResponse(OutputShape):
    pipeline_execution_steps: list[PipelineExecutionStep] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionsRequest(Shape):
    pipeline_name: str
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortPipelineExecutionsBy | None = attrs.field(default=None, converter=as_SortPipelineExecutionsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionsResponse(OutputShape):
    pipeline_execution_summaries: list[PipelineExecutionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineParametersForExecutionRequest(Shape):
    pipeline_execution_arn: str
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineParametersForExecutionResponse(OutputShape):
    pipeline_parameters: list[Parameter] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelinesRequest(Shape):
    pipeline_name_prefix: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortPipelinesBy | None = attrs.field(default=None, converter=as_SortPipelinesBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelinesResponse(OutputShape):
    pipeline_summaries: list[PipelineSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListProjectsInput(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: ProjectSortBy | None = attrs.field(default=None, converter=as_ProjectSortBy_opt)
    sort_order: ProjectSortOrder | None = attrs.field(default=None, converter=as_ProjectSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListProjectsOutput(OutputShape):
    project_summary_list: list[ProjectSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrialComponentsRequest(Shape):
    experiment_name: str | None = None
    trial_name: str | None = None
    source_arn: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortTrialComponentsBy | None = attrs.field(default=None, converter=as_SortTrialComponentsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrialComponentsResponse(OutputShape):
    trial_component_summaries: list[TrialComponentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
