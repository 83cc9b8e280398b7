# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.b import (
    BatchAddClusterNodesErrorCode,
    BatchDeleteClusterNodesErrorCode,
    as_BatchAddClusterNodesErrorCode_opt,
    as_BatchDeleteClusterNodesErrorCode_opt,
)
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelPackageStatus,
    as_ModelApprovalStatus_opt,
    as_ModelPackageStatus_opt,
)
from smtyped._generated.enums.p import (
    ProcessingS3DataDistributionType,
    ProcessingS3InputMode,
    as_ProcessingS3DataDistributionType_opt,
    as_ProcessingS3InputMode_opt,
)
from smtyped._generated.shapes.a import AddClusterNodeSpecification
from smtyped._generated.shapes.i import InferenceSpecification
from smtyped._generated.shapes.m import MetricsSource
from smtyped._generated.shapes.m2 import MonitoringDatasetFormat
from smtyped._generated.shapes.n import NodeAdditionResult
from smtyped._generated.shapes.t import TrafficRoutingConfig

@attrs.frozen(kw_only=True, slots=False)
class BaseModel(Shape):
    hub_content_name: str | None = None
    hub_content_version: str | None = None
    recipe_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesError(Shape):
    instance_group_name: str | None = None
    error_code: BatchAddClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchAddClusterNodesErrorCode_opt
    )
    failed_count: int | None = None
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesRequest(Shape):
    cluster_name: str
    nodes_to_add: list[AddClusterNodeSpecification]
    client_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesResponse(OutputShape):
    successful: list[NodeAdditionResult] | None = None
    failed: list[BatchAddClusterNodesError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDataCaptureConfig(Shape):
    destination_s3_uri: str | None = None
    kms_key_id: str | None = None
    generate_inference_id: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodeLogicalIdsError(Shape):
    code: BatchDeleteClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchDeleteClusterNodesErrorCode_opt
    )
    message: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesError(Shape):
    code: BatchDeleteClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchDeleteClusterNodesErrorCode_opt
    )
    message: str | None = None
    node_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesRequest(Shape):
    cluster_name: str
    node_ids: list[str] | None = None
    node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesResponse(OutputShape):
    failed: list[BatchDeleteClusterNodesError] | None = None
    successful: list[str] | None = None
    failed_node_logical_ids: list[BatchDeleteClusterNodeLogicalIdsError] | None = None
    successful_node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageError(Shape):
    error_code: str | None = None
    error_response: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageInput(Shape):
    model_package_arn_list: list[str]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageOutput(OutputShape):
    model_package_summaries: dict[str, BatchDescribeModelPackageSummary] | None = None
    batch_describe_model_package_error_map: dict[str, BatchDescribeModelPackageError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDescribeModelPackageSummary(Shape):
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_arn: str | None = None
    model_package_description: str | None = None
    creation_time: datetime | None = None
    inference_specification: InferenceSpecification | None = None
    model_package_status: ModelPackageStatus | None = attrs.field(default=None, converter=as_ModelPackageStatus_opt)
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchTransformInput(Shape):
    data_captured_destination_s3_uri: str | None = None
    dataset_format: MonitoringDatasetFormat | None = None
    local_path: str | None = None
    s3_input_mode: ProcessingS3InputMode | None = attrs.field(default=None, converter=as_ProcessingS3InputMode_opt)
    s3_data_distribution_type: ProcessingS3DataDistributionType | None = attrs.field(
        default=None, converter=as_ProcessingS3DataDistributionType_opt
    )
    features_attribute: str | None = None
    inference_attribute: str | None = None
    probability_attribute: str | None = None
    probability_threshold_attribute: float | None = None
    start_time_offset: str | None = None
    end_time_offset: str | None = None
    exclude_features_attribute: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BestObjectiveNotImproving(Shape):
    max_number_of_training_jobs_not_improving: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Bias(Shape):
    report: MetricsSource | None = None
    pre_training_report: MetricsSource | None = None
    post_training_report: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BlueGreenUpdatePolicy(Shape):
    traffic_routing_configuration: TrafficRoutingConfig
    termination_wait_in_seconds: int | None = None
    maximum_execution_timeout_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
