# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelPackageSortBy,
    ModelPackageSortByLiteral,
    ModelPackageType,
    ModelPackageTypeLiteral,
)
from smtyped._generated.enums.n import (
    NotebookInstanceSortKey,
    NotebookInstanceSortKeyLiteral,
    NotebookInstanceSortOrder,
    NotebookInstanceSortOrderLiteral,
    NotebookInstanceStatus,
    NotebookInstanceStatusLiteral,
)
from smtyped._generated.enums.p import ProjectSortBy, ProjectSortByLiteral, ProjectSortOrder, ProjectSortOrderLiteral
from smtyped._generated.enums.s import (
    SortOrder,
    SortOrderLiteral,
    SortPipelineExecutionsBy,
    SortPipelineExecutionsByLiteral,
    SortPipelinesBy,
    SortPipelinesByLiteral,
    SortTrialComponentsBy,
    SortTrialComponentsByLiteral,
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

class ListModelPackagesInput(Shape):
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
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_type(self) -> ModelPackageType | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def sort_by(self) -> ModelPackageSortBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        model_package_group_name: str | None = ...,
        model_package_type: ModelPackageType | ModelPackageTypeLiteral | None = ...,
        next_token: str | None = ...,
        sort_by: ModelPackageSortBy | ModelPackageSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListModelPackagesInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListModelPackagesOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_summary_list(self) -> list[ModelPackageSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_summary_list: list[ModelPackageSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListModelPackagesOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListNotebookInstancesInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def sort_by(self) -> NotebookInstanceSortKey | None: ...
    @property
    def sort_order(self) -> NotebookInstanceSortOrder | None: ...
    @property
    def name_contains(self) -> str | None: ...
    @property
    def creation_time_before(self) -> datetime | None: ...
    @property
    def creation_time_after(self) -> datetime | None: ...
    @property
    def last_modified_time_before(self) -> datetime | None: ...
    @property
    def last_modified_time_after(self) -> datetime | None: ...
    @property
    def status_equals(self) -> NotebookInstanceStatus | None: ...
    @property
    def notebook_instance_lifecycle_config_name_contains(self) -> str | None: ...
    @property
    def default_code_repository_contains(self) -> str | None: ...
    @property
    def additional_code_repository_equals(self) -> str | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_by: NotebookInstanceSortKey | NotebookInstanceSortKeyLiteral | None = ...,
        sort_order: NotebookInstanceSortOrder | NotebookInstanceSortOrderLiteral | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        notebook_instance_lifecycle_config_name_contains: str | None = ...,
        default_code_repository_contains: str | None = ...,
        additional_code_repository_equals: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListNotebookInstancesInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListNotebookInstancesOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def next_token(self) -> str | None: ...
    @property
    def notebook_instances(self) -> list[NotebookInstanceSummary] | None: ...
    def __init__(
        self,
        *,
        next_token: str | None = ...,
        notebook_instances: list[NotebookInstanceSummary] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListNotebookInstancesOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineExecutionStepsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineExecutionStepsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineExecutionStepsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_steps(self) -> list[PipelineExecutionStep] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_steps: list[PipelineExecutionStep] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineExecutionStepsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineExecutionsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortPipelineExecutionsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineExecutionsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineExecutionsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_summaries(self) -> list[PipelineExecutionSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_summaries: list[PipelineExecutionSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineExecutionsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineParametersForExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineParametersForExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelineParametersForExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_parameters(self) -> list[Parameter] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_parameters: list[Parameter] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelineParametersForExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelinesRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name_prefix(self) -> str | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortPipelinesBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    def __init__(
        self,
        *,
        pipeline_name_prefix: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortPipelinesBy | SortPipelinesByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelinesRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListPipelinesResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_summaries(self) -> list[PipelineSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_summaries: list[PipelineSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListPipelinesResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListProjectsInput(Shape):
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
    def sort_by(self) -> ProjectSortBy | None: ...
    @property
    def sort_order(self) -> ProjectSortOrder | None: ...
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ProjectSortBy | ProjectSortByLiteral | None = ...,
        sort_order: ProjectSortOrder | ProjectSortOrderLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListProjectsInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListProjectsOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_summary_list(self) -> list[ProjectSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        project_summary_list: list[ProjectSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListProjectsOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListTrialComponentsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def trial_name(self) -> str | None: ...
    @property
    def source_arn(self) -> str | None: ...
    @property
    def created_after(self) -> datetime | None: ...
    @property
    def created_before(self) -> datetime | None: ...
    @property
    def sort_by(self) -> SortTrialComponentsBy | None: ...
    @property
    def sort_order(self) -> SortOrder | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        source_arn: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortTrialComponentsBy | SortTrialComponentsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListTrialComponentsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ListTrialComponentsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_summaries(self) -> list[TrialComponentSummary] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        trial_component_summaries: list[TrialComponentSummary] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ListTrialComponentsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...
