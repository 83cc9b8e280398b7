# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    AppSortKey,
    AppSortKeyLiteral,
    AssociationEdgeType,
    AssociationEdgeTypeLiteral,
    AutoMLSortOrder,
    AutoMLSortOrderLiteral,
)
from smtyped._generated.enums.c import (
    CandidateSortBy,
    CandidateSortByLiteral,
    CandidateStatus,
    CandidateStatusLiteral,
    ClusterEventResourceType,
    ClusterEventResourceTypeLiteral,
    ClusterSortBy,
    ClusterSortByLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
    ContentClassifier,
    ContentClassifierLiteral,
)
from smtyped._generated.enums.e import EventSortBy, EventSortByLiteral
from smtyped._generated.enums.f import (
    FeatureGroupSortBy,
    FeatureGroupSortByLiteral,
    FeatureGroupSortOrder,
    FeatureGroupSortOrderLiteral,
    FeatureGroupStatus,
    FeatureGroupStatusLiteral,
)
from smtyped._generated.enums.l import (
    LastUpdateStatusValue,
    LastUpdateStatusValueLiteral,
    ListCompilationJobsSortBy,
    ListCompilationJobsSortByLiteral,
)
from smtyped._generated.enums.m import ModelPackageGroupSortBy, ModelPackageGroupSortByLiteral
from smtyped._generated.enums.o import OfflineStoreStatusValue, OfflineStoreStatusValueLiteral
from smtyped._generated.enums.r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationStepType,
    RecommendationStepTypeLiteral,
)
from smtyped._generated.enums.s import (
    SortActionsBy,
    SortActionsByLiteral,
    SortArtifactsBy,
    SortArtifactsByLiteral,
    SortAssociationsBy,
    SortAssociationsByLiteral,
    SortContextsBy,
    SortContextsByLiteral,
    SortOrder,
    SortOrderLiteral,
    SortTrackingServerBy,
    SortTrackingServerByLiteral,
)
from smtyped._generated.enums.t import TrackingServerStatus, TrackingServerStatusLiteral
from smtyped._generated.shapes.a import ActionSummary, AppDetails, ArtifactSummary, AssociationSummary, AutoMLCandidate
from smtyped._generated.shapes.c import ClusterEventSummary, ClusterNodeSummary, CompilationJobSummary
from smtyped._generated.shapes.c2 import ContextSummary
from smtyped._generated.shapes.f import FeatureGroupSummary
from smtyped._generated.shapes.i import InferenceRecommendationsJobStep
from smtyped._generated.shapes.m import ModelPackageGroupSummary
from smtyped._generated.shapes.o import OutputParameter
from smtyped._generated.shapes.t import TrackingServerSummary

class LabelCounters(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def total_labeled(self) -> int | None: ...
    @property
    def human_labeled(self) -> int | None: ...
    @property
    def machine_labeled(self) -> int | None: ...
    @property
    def failed_non_retryable_error(self) -> int | None: ...
    @property
    def unlabeled(self) -> int | None: ...
    def __init__(
        self,
        *,
        total_labeled: int | None = ...,
        human_labeled: int | None = ...,
        machine_labeled: int | None = ...,
        failed_non_retryable_error: int | None = ...,
        unlabeled: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelCounters: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobAlgorithmsConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def labeling_job_algorithm_specification_arn(self) -> str: ...
    @property
    def initial_active_learning_model_arn(self) -> str | None: ...
    @property
    def labeling_job_resource_config(self) -> LabelingJobResourceConfig | None: ...
    def __init__(
        self,
        *,
        labeling_job_algorithm_specification_arn: str,
        initial_active_learning_model_arn: str | None = ...,
        labeling_job_resource_config: LabelingJobResourceConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobAlgorithmsConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobDataAttributes(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def content_classifiers(self) -> list[ContentClassifier | ContentClassifierLiteral] | None: ...
    def __init__(
        self,
        *,
        content_classifiers: list[ContentClassifier | ContentClassifierLiteral] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobDataAttributes: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_source(self) -> LabelingJobS3DataSource: ...
    def __init__(
        self,
        *,
        s3_data_source: LabelingJobS3DataSource,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobInputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def data_source(self) -> LabelingJobDataSource: ...
    @property
    def data_attributes(self) -> LabelingJobDataAttributes | None: ...
    def __init__(
        self,
        *,
        data_source: LabelingJobDataSource,
        data_attributes: LabelingJobDataAttributes | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobInputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobOutput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def output_dataset_s3_uri(self) -> str | None: ...
    @property
    def final_active_learning_model_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        output_dataset_s3_uri: str | None = ...,
        final_active_learning_model_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobOutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_output_path(self) -> str: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_output_path: str,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobOutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobResourceConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def volume_kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        volume_kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobResourceConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobS3DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def manifest_s3_uri(self) -> str: ...
    def __init__(
        self,
        *,
        manifest_s3_uri: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobS3DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LabelingJobStoppingConditions(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_human_labeled_object_count(self) -> int | None: ...
    @property
    def max_percentage_of_input_dataset_labeled(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_human_labeled_object_count: int | None = ...,
        max_percentage_of_input_dataset_labeled: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LabelingJobStoppingConditions: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LambdaStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    @property
    def output_parameters(self) -> list[OutputParameter] | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        output_parameters: list[OutputParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LambdaStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class LastUpdateStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> LastUpdateStatusValue | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> LastUpdateStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListActionsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def action_type(self) -> str | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortActionsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        action_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortActionsBy | SortActionsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListActionsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListActionsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_summaries(self) -> list[ActionSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        action_summaries: list[ActionSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListActionsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAliasesRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_name(self) -> str: ...
    @property
    def alias(self) -> str | None: ...
    @property
    def version(self) -> int | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        image_name: str,
        alias: str | None = ...,
        version: int | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAliasesRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAliasesResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def sage_maker_image_version_aliases(self) -> list[str] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        sage_maker_image_version_aliases: list[str] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAliasesResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAppsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def sort_by(self) -> AppSortKey | None: ...
    @property
    def domain_id_equals(self) -> str | None: ...
    @property
    def user_profile_name_equals(self) -> str | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        sort_by: AppSortKey | AppSortKeyLiteral | None = ...,
        domain_id_equals: str | None = ...,
        user_profile_name_equals: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAppsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAppsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def apps(self) -> list[AppDetails] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        apps: list[AppDetails] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAppsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListArtifactsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def artifact_type(self) -> str | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortArtifactsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        artifact_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortArtifactsBy | SortArtifactsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListArtifactsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListArtifactsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_summaries(self) -> list[ArtifactSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        artifact_summaries: list[ArtifactSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListArtifactsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAssociationsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def destination_arn(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    @property
    def destination_type(self) -> str | None: ...
    @property
    def association_type(self) -> AssociationEdgeType | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortAssociationsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        source_type: str | None = ...,
        destination_type: str | None = ...,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortAssociationsBy | SortAssociationsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAssociationsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListAssociationsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def association_summaries(self) -> list[AssociationSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        association_summaries: list[AssociationSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListAssociationsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListCandidatesForAutoMLJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def auto_ml_job_name(self) -> str: ...
    @property
    def status_equals(self) -> CandidateStatus | None: ...
    @property
    def candidate_name_equals(self) -> str | None: ...
    @property
    def sort_order(self) -> AutoMLSortOrder | None: ...
    @property
    def sort_by(self) -> CandidateSortBy | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        status_equals: CandidateStatus | CandidateStatusLiteral | None = ...,
        candidate_name_equals: str | None = ...,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = ...,
        sort_by: CandidateSortBy | CandidateSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListCandidatesForAutoMLJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListCandidatesForAutoMLJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def candidates(self) -> list[AutoMLCandidate] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        candidates: list[AutoMLCandidate] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListCandidatesForAutoMLJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListClusterEventsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def node_id(self) -> str | None: ...
    @property
    def event_time_after(self) -> datetime | None: ...
    @property
    def event_time_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> EventSortBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def resource_type(self) -> ClusterEventResourceType | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_group_name: str | None = ...,
        node_id: str | None = ...,
        event_time_after: datetime | None = ...,
        event_time_before: datetime | None = ...,
        sort_by: EventSortBy | EventSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListClusterEventsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListClusterEventsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def events(self) -> list[ClusterEventSummary] | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        events: list[ClusterEventSummary] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListClusterEventsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListClusterNodesRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def creation_time_after(self) -> datetime | None: ...
    @property
    def creation_time_before(self) -> datetime | None: ...
    @property
    def instance_group_name_contains(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def sort_by(self) -> ClusterSortBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def include_node_logical_ids(self) -> bool | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        instance_group_name_contains: str | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        include_node_logical_ids: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListClusterNodesRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListClusterNodesResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def cluster_node_summaries(self) -> list[ClusterNodeSummary] | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        cluster_node_summaries: list[ClusterNodeSummary] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListClusterNodesResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListCompilationJobsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def creation_time_after(self) -> datetime | None: ...
    @property
    def creation_time_before(self) -> datetime | None: ...
    @property
    def last_modified_time_after(self) -> datetime | None: ...
    @property
    def last_modified_time_before(self) -> datetime | None: ...
    @property
    def name_contains(self) -> str | None: ...
    @property
    def status_equals(self) -> CompilationJobStatus | None: ...
    @property
    def sort_by(self) -> ListCompilationJobsSortBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        sort_by: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListCompilationJobsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListCompilationJobsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_summaries(self) -> list[CompilationJobSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        compilation_job_summaries: list[CompilationJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListCompilationJobsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListContextsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def context_type(self) -> str | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortContextsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        context_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortContextsBy | SortContextsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListContextsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListContextsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_summaries(self) -> list[ContextSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        context_summaries: list[ContextSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListContextsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListFeatureGroupsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name_contains(self) -> str | None: ...
    @property
    def feature_group_status_equals(self) -> FeatureGroupStatus | None: ...
    @property
    def offline_store_status_equals(self) -> OfflineStoreStatusValue | None: ...
    @property
    def creation_time_after(self) -> datetime | None: ...
    @property
    def creation_time_before(self) -> datetime | None: ...
    @property
    def sort_order(self) -> FeatureGroupSortOrder | None: ...
    @property
    def sort_by(self) -> FeatureGroupSortBy | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        name_contains: str | None = ...,
        feature_group_status_equals: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status_equals: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_order: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral | None = ...,
        sort_by: FeatureGroupSortBy | FeatureGroupSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListFeatureGroupsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListFeatureGroupsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_summaries(self) -> list[FeatureGroupSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        feature_group_summaries: list[FeatureGroupSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListFeatureGroupsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListInferenceRecommendationsJobStepsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def job_name(self) -> str: ...
    @property
    def status(self) -> RecommendationJobStatus | None: ...
    @property
    def step_type(self) -> RecommendationStepType | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        job_name: str,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListInferenceRecommendationsJobStepsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListInferenceRecommendationsJobStepsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def steps(self) -> list[InferenceRecommendationsJobStep] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        steps: list[InferenceRecommendationsJobStep] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListInferenceRecommendationsJobStepsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListMlflowTrackingServersRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def tracking_server_status(self) -> TrackingServerStatus | None: ...
    @property
    def mlflow_version(self) -> str | None: ...
    @property
    def sort_by(self) -> SortTrackingServerBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        mlflow_version: str | None = ...,
        sort_by: SortTrackingServerBy | SortTrackingServerByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListMlflowTrackingServersRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListMlflowTrackingServersResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_summaries(self) -> list[TrackingServerSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_summaries: list[TrackingServerSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListMlflowTrackingServersResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListModelPackageGroupsInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def creation_time_after(self) -> datetime | None: ...
    @property
    def creation_time_before(self) -> datetime | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def name_contains(self) -> str | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def sort_by(self) -> ModelPackageGroupSortBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListModelPackageGroupsInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListModelPackageGroupsOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_summary_list(self) -> list[ModelPackageGroupSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_group_summary_list: list[ModelPackageGroupSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListModelPackageGroupsOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...
