# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.b import (
    BatchAddClusterNodesErrorCode,
    BatchAddClusterNodesErrorCodeLiteral,
    BatchDeleteClusterNodesErrorCode,
    BatchDeleteClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
)
from smtyped._generated.enums.p import (
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
)
from smtyped._generated.shapes.a import AddClusterNodeSpecification
from smtyped._generated.shapes.i import InferenceSpecification
from smtyped._generated.shapes.m import MetricsSource
from smtyped._generated.shapes.m2 import MonitoringDatasetFormat
from smtyped._generated.shapes.n import NodeAdditionResult
from smtyped._generated.shapes.t import TrafficRoutingConfig

class BaseModel(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hub_content_name(self) -> str | None: ...
    @property
    def hub_content_version(self) -> str | None: ...
    @property
    def recipe_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        hub_content_name: str | None = ...,
        hub_content_version: str | None = ...,
        recipe_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BaseModel: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchAddClusterNodesError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def error_code(self) -> BatchAddClusterNodesErrorCode | None: ...
    @property
    def failed_count(self) -> int | None: ...
    @property
    def message(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_group_name: str | None = ...,
        error_code: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None = ...,
        failed_count: int | None = ...,
        message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchAddClusterNodesError: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchAddClusterNodesRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def client_token(self) -> str | None: ...
    @property
    def nodes_to_add(self) -> list[AddClusterNodeSpecification]: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        nodes_to_add: list[AddClusterNodeSpecification],
        client_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchAddClusterNodesRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchAddClusterNodesResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def successful(self) -> list[NodeAdditionResult] | None: ...
    @property
    def failed(self) -> list[BatchAddClusterNodesError] | None: ...
    def __init__(
        self,
        *,
        successful: list[NodeAdditionResult] | None = ...,
        failed: list[BatchAddClusterNodesError] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchAddClusterNodesResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDataCaptureConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def destination_s3_uri(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def generate_inference_id(self) -> bool | None: ...
    def __init__(
        self,
        *,
        destination_s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        generate_inference_id: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDataCaptureConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDeleteClusterNodeLogicalIdsError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def code(self) -> BatchDeleteClusterNodesErrorCode | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def node_logical_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        node_logical_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDeleteClusterNodeLogicalIdsError: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDeleteClusterNodesError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def code(self) -> BatchDeleteClusterNodesErrorCode | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def node_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        node_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDeleteClusterNodesError: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDeleteClusterNodesRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def node_ids(self) -> list[str] | None: ...
    @property
    def node_logical_ids(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = ...,
        node_logical_ids: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDeleteClusterNodesRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDeleteClusterNodesResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def failed(self) -> list[BatchDeleteClusterNodesError] | None: ...
    @property
    def successful(self) -> list[str] | None: ...
    @property
    def failed_node_logical_ids(self) -> list[BatchDeleteClusterNodeLogicalIdsError] | None: ...
    @property
    def successful_node_logical_ids(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        failed: list[BatchDeleteClusterNodesError] | None = ...,
        successful: list[str] | None = ...,
        failed_node_logical_ids: list[BatchDeleteClusterNodeLogicalIdsError] | None = ...,
        successful_node_logical_ids: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDeleteClusterNodesResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDescribeModelPackageError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def error_code(self) -> str | None: ...
    @property
    def error_response(self) -> str | None: ...
    def __init__(
        self,
        *,
        error_code: str | None = ...,
        error_response: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDescribeModelPackageError: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDescribeModelPackageInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_arn_list(self) -> list[str]: ...
    def __init__(
        self,
        *,
        model_package_arn_list: list[str],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDescribeModelPackageInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDescribeModelPackageOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_summaries(self) -> dict[str, BatchDescribeModelPackageSummary] | None: ...
    @property
    def batch_describe_model_package_error_map(self) -> dict[str, BatchDescribeModelPackageError] | None: ...
    def __init__(
        self,
        *,
        model_package_summaries: dict[str, BatchDescribeModelPackageSummary] | None = ...,
        batch_describe_model_package_error_map: dict[str, BatchDescribeModelPackageError] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDescribeModelPackageOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchDescribeModelPackageSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_version(self) -> int | None: ...
    @property
    def model_package_arn(self) -> str | None: ...
    @property
    def model_package_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def model_package_status(self) -> ModelPackageStatus | None: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    def __init__(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchDescribeModelPackageSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BatchTransformInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def data_captured_destination_s3_uri(self) -> str | None: ...
    @property
    def dataset_format(self) -> MonitoringDatasetFormat | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_input_mode(self) -> ProcessingS3InputMode | None: ...
    @property
    def s3_data_distribution_type(self) -> ProcessingS3DataDistributionType | None: ...
    @property
    def features_attribute(self) -> str | None: ...
    @property
    def inference_attribute(self) -> str | None: ...
    @property
    def probability_attribute(self) -> str | None: ...
    @property
    def probability_threshold_attribute(self) -> float | None: ...
    @property
    def start_time_offset(self) -> str | None: ...
    @property
    def end_time_offset(self) -> str | None: ...
    @property
    def exclude_features_attribute(self) -> str | None: ...
    def __init__(
        self,
        *,
        data_captured_destination_s3_uri: str | None = ...,
        dataset_format: MonitoringDatasetFormat | None = ...,
        local_path: str | None = ...,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = ...,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = ...,
        features_attribute: str | None = ...,
        inference_attribute: str | None = ...,
        probability_attribute: str | None = ...,
        probability_threshold_attribute: float | None = ...,
        start_time_offset: str | None = ...,
        end_time_offset: str | None = ...,
        exclude_features_attribute: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BatchTransformInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BestObjectiveNotImproving(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_number_of_training_jobs_not_improving(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_number_of_training_jobs_not_improving: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BestObjectiveNotImproving: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Bias(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def report(self) -> MetricsSource | None: ...
    @property
    def pre_training_report(self) -> MetricsSource | None: ...
    @property
    def post_training_report(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        report: MetricsSource | None = ...,
        pre_training_report: MetricsSource | None = ...,
        post_training_report: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Bias: ...
    def _to_wire(self) -> dict[str, Any]: ...

class BlueGreenUpdatePolicy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def traffic_routing_configuration(self) -> TrafficRoutingConfig: ...
    @property
    def termination_wait_in_seconds(self) -> int | None: ...
    @property
    def maximum_execution_timeout_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        traffic_routing_configuration: TrafficRoutingConfig,
        termination_wait_in_seconds: int | None = ...,
        maximum_execution_timeout_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> BlueGreenUpdatePolicy: ...
    def _to_wire(self) -> dict[str, Any]: ...
