# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    AppSortKey,
    AssociationEdgeType,
    AutoMLSortOrder,
    as_AppSortKey_opt,
    as_AssociationEdgeType_opt,
    as_AutoMLSortOrder_opt,
)
from smtyped._generated.enums.c import (
    CandidateSortBy,
    CandidateStatus,
    ClusterEventResourceType,
    ClusterSortBy,
    CompilationJobStatus,
    ContentClassifier,
    ContentClassifierLiteral,
    as_CandidateSortBy_opt,
    as_CandidateStatus_opt,
    as_ClusterEventResourceType_opt,
    as_ClusterSortBy_opt,
    as_CompilationJobStatus_opt,
)
from smtyped._generated.enums.e import EventSortBy, as_EventSortBy_opt
from smtyped._generated.enums.f import (
    FeatureGroupSortBy,
    FeatureGroupSortOrder,
    FeatureGroupStatus,
    as_FeatureGroupSortBy_opt,
    as_FeatureGroupSortOrder_opt,
    as_FeatureGroupStatus_opt,
)
from smtyped._generated.enums.l import (
    LastUpdateStatusValue,
    ListCompilationJobsSortBy,
    as_LastUpdateStatusValue_opt,
    as_ListCompilationJobsSortBy_opt,
)
from smtyped._generated.enums.m import (
    ModelPackageGroupSortBy,
    as_ModelPackageGroupSortBy_opt,
)
from smtyped._generated.enums.o import (
    OfflineStoreStatusValue,
    as_OfflineStoreStatusValue_opt,
)
from smtyped._generated.enums.r import (
    RecommendationJobStatus,
    RecommendationStepType,
    as_RecommendationJobStatus_opt,
    as_RecommendationStepType_opt,
)
from smtyped._generated.enums.s import (
    SortActionsBy,
    SortArtifactsBy,
    SortAssociationsBy,
    SortContextsBy,
    SortOrder,
    SortTrackingServerBy,
    as_SortActionsBy_opt,
    as_SortArtifactsBy_opt,
    as_SortAssociationsBy_opt,
    as_SortContextsBy_opt,
    as_SortOrder_opt,
    as_SortTrackingServerBy_opt,
)
from smtyped._generated.enums.t import (
    TrackingServerStatus,
    as_TrackingServerStatus_opt,
)
from smtyped._generated.shapes.a import ActionSummary, AppDetails, ArtifactSummary, AssociationSummary, AutoMLCandidate
from smtyped._generated.shapes.c import ClusterEventSummary, ClusterNodeSummary, CompilationJobSummary
from smtyped._generated.shapes.c2 import ContextSummary
from smtyped._generated.shapes.f import FeatureGroupSummary
from smtyped._generated.shapes.i import InferenceRecommendationsJobStep
from smtyped._generated.shapes.m import ModelPackageGroupSummary
from smtyped._generated.shapes.o import OutputParameter
from smtyped._generated.shapes.t import TrackingServerSummary

@attrs.frozen(kw_only=True, slots=False)
class LabelCounters(Shape):
    total_labeled: int | None = None
    human_labeled: int | None = None
    machine_labeled: int | None = None
    failed_non_retryable_error: int | None = None
    unlabeled: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobAlgorithmsConfig(Shape):
    labeling_job_algorithm_specification_arn: str
    initial_active_learning_model_arn: str | None = None
    labeling_job_resource_config: LabelingJobResourceConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobDataAttributes(Shape):
    content_classifiers: list[ContentClassifier | ContentClassifierLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobDataSource(Shape):
    s3_data_source: LabelingJobS3DataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobInputConfig(Shape):
    data_source: LabelingJobDataSource
    data_attributes: LabelingJobDataAttributes | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobOutput(Shape):
    output_dataset_s3_uri: str | None = None
    final_active_learning_model_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobOutputConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobResourceConfig(Shape):
    volume_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobS3DataSource(Shape):
    manifest_s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobStoppingConditions(Shape):
    max_human_labeled_object_count: int | None = None
    max_percentage_of_input_dataset_labeled: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LambdaStepMetadata(Shape):
    arn: str | None = None
    output_parameters: list[OutputParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LastUpdateStatus(Shape):
    status: LastUpdateStatusValue | None = attrs.field(default=None, converter=as_LastUpdateStatusValue_opt)
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListActionsRequest(Shape):
    source_uri: str | None = None
    action_type: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortActionsBy | None = attrs.field(default=None, converter=as_SortActionsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListActionsResponse(OutputShape):
    action_summaries: list[ActionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAliasesRequest(Shape):
    image_name: str
    alias: str | None = None
    version: int | None = None
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAliasesResponse(OutputShape):
    sage_maker_image_version_aliases: list[str] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAppsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    sort_by: AppSortKey | None = attrs.field(default=None, converter=as_AppSortKey_opt)
    domain_id_equals: str | None = None
    user_profile_name_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAppsResponse(OutputShape):
    apps: list[AppDetails] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListArtifactsRequest(Shape):
    source_uri: str | None = None
    artifact_type: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortArtifactsBy | None = attrs.field(default=None, converter=as_SortArtifactsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListArtifactsResponse(OutputShape):
    artifact_summaries: list[ArtifactSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAssociationsRequest(Shape):
    source_arn: str | None = None
    destination_arn: str | None = None
    source_type: str | None = None
    destination_type: str | None = None
    association_type: AssociationEdgeType | None = attrs.field(default=None, converter=as_AssociationEdgeType_opt)
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortAssociationsBy | None = attrs.field(default=None, converter=as_SortAssociationsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAssociationsResponse(OutputShape):
    association_summaries: list[AssociationSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCandidatesForAutoMLJobRequest(Shape):
    auto_ml_job_name: str
    status_equals: CandidateStatus | None = attrs.field(default=None, converter=as_CandidateStatus_opt)
    candidate_name_equals: str | None = None
    sort_order: AutoMLSortOrder | None = attrs.field(default=None, converter=as_AutoMLSortOrder_opt)
    sort_by: CandidateSortBy | None = attrs.field(default=None, converter=as_CandidateSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCandidatesForAutoMLJobResponse(OutputShape):
    candidates: list[AutoMLCandidate] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterEventsRequest(Shape):
    cluster_name: str
    instance_group_name: str | None = None
    node_id: str | None = None
    event_time_after: datetime | None = None
    event_time_before: datetime | None = None
    sort_by: EventSortBy | None = attrs.field(default=None, converter=as_EventSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterEventsResponse(OutputShape):
    next_token: str | None = None
    events: list[ClusterEventSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterNodesRequest(Shape):
    cluster_name: str
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    instance_group_name_contains: str | None = None
    max_results: int | None = None
    next_token: str | None = None
    sort_by: ClusterSortBy | None = attrs.field(default=None, converter=as_ClusterSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    include_node_logical_ids: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterNodesResponse(OutputShape):
    next_token: str | None = None
    cluster_node_summaries: list[ClusterNodeSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCompilationJobsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    status_equals: CompilationJobStatus | None = attrs.field(default=None, converter=as_CompilationJobStatus_opt)
    sort_by: ListCompilationJobsSortBy | None = attrs.field(default=None, converter=as_ListCompilationJobsSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCompilationJobsResponse(OutputShape):
    compilation_job_summaries: list[CompilationJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListContextsRequest(Shape):
    source_uri: str | None = None
    context_type: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortContextsBy | None = attrs.field(default=None, converter=as_SortContextsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListContextsResponse(OutputShape):
    context_summaries: list[ContextSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListFeatureGroupsRequest(Shape):
    name_contains: str | None = None
    feature_group_status_equals: FeatureGroupStatus | None = attrs.field(
        default=None, converter=as_FeatureGroupStatus_opt
    )
    offline_store_status_equals: OfflineStoreStatusValue | None = attrs.field(
        default=None, converter=as_OfflineStoreStatusValue_opt
    )
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_order: FeatureGroupSortOrder | None = attrs.field(default=None, converter=as_FeatureGroupSortOrder_opt)
    sort_by: FeatureGroupSortBy | None = attrs.field(default=None, converter=as_FeatureGroupSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListFeatureGroupsResponse(OutputShape):
    feature_group_summaries: list[FeatureGroupSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobStepsRequest(Shape):
    job_name: str
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    step_type: RecommendationStepType | None = attrs.field(default=None, converter=as_RecommendationStepType_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobStepsResponse(OutputShape):
    steps: list[InferenceRecommendationsJobStep] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowTrackingServersRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    mlflow_version: str | None = None
    sort_by: SortTrackingServerBy | None = attrs.field(default=None, converter=as_SortTrackingServerBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowTrackingServersResponse(OutputShape):
    tracking_server_summaries: list[TrackingServerSummary] | None = None
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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelPackageGroupsOutput(OutputShape):
    model_package_group_summary_list: list[ModelPackageGroupSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
