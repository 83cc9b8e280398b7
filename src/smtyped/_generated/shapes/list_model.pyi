# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.cross_account import (
    CrossAccountFilterOption,
    as_CrossAccountFilterOption_opt,
)
from smtyped._generated.enums.model_approval import (
    ModelApprovalStatus,
    as_ModelApprovalStatus_opt,
)
from smtyped._generated.enums.model_card import (
    ModelCardExportJobSortBy,
    ModelCardExportJobSortOrder,
    ModelCardExportJobStatus,
    ModelCardSortBy,
    ModelCardSortOrder,
    ModelCardStatus,
    ModelCardVersionSortBy,
    as_ModelCardExportJobSortBy_opt,
    as_ModelCardExportJobSortOrder_opt,
    as_ModelCardExportJobStatus_opt,
    as_ModelCardSortBy_opt,
    as_ModelCardSortOrder_opt,
    as_ModelCardStatus_opt,
    as_ModelCardVersionSortBy_opt,
)
from smtyped._generated.enums.model_package import (
    ModelPackageGroupSortBy,
    ModelPackageSortBy,
    ModelPackageType,
    as_ModelPackageGroupSortBy_opt,
    as_ModelPackageSortBy_opt,
    as_ModelPackageType_opt,
)
from smtyped._generated.enums.monitoring_job import (
    MonitoringJobDefinitionSortKey,
    as_MonitoringJobDefinitionSortKey_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.model_card import ModelCardExportJobSummary, ModelCardSummary, ModelCardVersionSummary
from smtyped._generated.shapes.model_metadata import ModelMetadataSearchExpression, ModelMetadataSummary
from smtyped._generated.shapes.model_package import ModelPackageGroupSummary, ModelPackageSummary
from smtyped._generated.shapes.monitoring_job import MonitoringJobDefinitionSummary

@attrs.frozen(kw_only=True, slots=False)
class ListModelBiasJobDefinitionsRequest(Shape):
    endpoint_name: str | None = None
    sort_by: MonitoringJobDefinitionSortKey | None = attrs.field(
        default=None, converter=as_MonitoringJobDefinitionSortKey_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelBiasJobDefinitionsResponse(OutputShape):
    job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardExportJobsRequest(Shape):
    model_card_name: str
    model_card_version: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    model_card_export_job_name_contains: str | None = None
    status_equals: ModelCardExportJobStatus | None = attrs.field(
        default=None, converter=as_ModelCardExportJobStatus_opt
    )
    sort_by: ModelCardExportJobSortBy | None = attrs.field(default=None, converter=as_ModelCardExportJobSortBy_opt)
    sort_order: ModelCardExportJobSortOrder | None = attrs.field(
        default=None, converter=as_ModelCardExportJobSortOrder_opt
    )
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardExportJobsResponse(OutputShape):
    model_card_export_job_summaries: list[ModelCardExportJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardVersionsRequest(Shape):
    model_card_name: str
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    next_token: str | None = None
    sort_by: ModelCardVersionSortBy | None = attrs.field(default=None, converter=as_ModelCardVersionSortBy_opt)
    sort_order: ModelCardSortOrder | None = attrs.field(default=None, converter=as_ModelCardSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardVersionsResponse(OutputShape):
    model_card_version_summary_list: list[ModelCardVersionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardsRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    next_token: str | None = None
    sort_by: ModelCardSortBy | None = attrs.field(default=None, converter=as_ModelCardSortBy_opt)
    sort_order: ModelCardSortOrder | None = attrs.field(default=None, converter=as_ModelCardSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelCardsResponse(OutputShape):
    model_card_summaries: list[ModelCardSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelExplainabilityJobDefinitionsRequest(Shape):
    endpoint_name: str | None = None
    sort_by: MonitoringJobDefinitionSortKey | None = attrs.field(
        default=None, converter=as_MonitoringJobDefinitionSortKey_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelExplainabilityJobDefinitionsResponse(OutputShape):
    job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelMetadataRequest(Shape):
    search_expression: ModelMetadataSearchExpression | None = None
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelMetadataResponse(OutputShape):
    model_metadata_summaries: list[ModelMetadataSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelPackageGroupsInput(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: ModelPackageGroupSortBy | None = attrs.field(default=None, converter=as_ModelPackageGroupSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    cross_account_filter_option: CrossAccountFilterOption | None = attrs.field(
        default=None, converter=as_CrossAccountFilterOption_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelPackageGroupsOutput(OutputShape):
    model_package_group_summary_list: list[ModelPackageGroupSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

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
class ListModelQualityJobDefinitionsRequest(Shape):
    endpoint_name: str | None = None
    sort_by: MonitoringJobDefinitionSortKey | None = attrs.field(
        default=None, converter=as_MonitoringJobDefinitionSortKey_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelQualityJobDefinitionsResponse(OutputShape):
    job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
