# Generated stub. Do not edit.
# Every shape whose name starts with "B", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._b import (
    BatchAddClusterNodesErrorCode,
    BatchAddClusterNodesErrorCodeLiteral,
    BatchDeleteClusterNodesErrorCode,
    BatchDeleteClusterNodesErrorCodeLiteral,
    BatchRebootClusterNodesErrorCode,
    BatchRebootClusterNodesErrorCodeLiteral,
    BatchReplaceClusterNodesErrorCode,
    BatchReplaceClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._c import ClusterInstanceType, ClusterInstanceTypeLiteral
from smtyped._generated.enums._m import (
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
)
from smtyped._generated.enums._p import (
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
)
from smtyped._generated.shapes._a import AddClusterNodeSpecification
from smtyped._generated.shapes._i import InferenceSpecification
from smtyped._generated.shapes._m import MetricsSource, MonitoringDatasetFormat
from smtyped._generated.shapes._n import NodeAdditionResult
from smtyped._generated.shapes._t import TrafficRoutingConfig

class BaseModel(Shape):
    """Identifies the foundation model that was used as the starting point for model customization."""

    hub_content_name: Final[str | None]
    """The hub content name of the base model. Since 2025-12-03."""
    hub_content_version: Final[str | None]
    """The hub content version of the base model. Since 2025-12-03."""
    recipe_name: Final[str | None]
    """The recipe name of the base model. Since 2025-12-03."""
    def __init__(
        self,
        *,
        hub_content_name: str | None = None,
        hub_content_version: str | None = None,
        recipe_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_name: str | None = ...,
        hub_content_version: str | None = ...,
        recipe_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchAddClusterNodesError(Shape):
    """Information about an error that occurred during the node addition operation."""

    instance_group_name: Final[str | None]
    """The name of the instance group for which the error occurred. Since 2025-08-05."""
    error_code: Final[BatchAddClusterNodesErrorCode | None]
    """The error code associated with the failure. Possible values include InstanceGroupNotFound and
    InvalidInstanceGroupState. Since 2025-08-05.
    """
    failed_count: Final[int | None]
    """The number of nodes that failed to be added to the specified instance group. Since 2025-08-05.
    """
    availability_zones: Final[list[str] | None]
    """The availability zones associated with the failed node addition request. Since 2026-04-10."""
    instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None]
    """The instance types associated with the failed node addition request. Since 2026-04-10."""
    message: Final[str | None]
    """A descriptive message providing additional details about the error. Since 2025-08-05."""
    def __init__(
        self,
        *,
        instance_group_name: str | None = None,
        error_code: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None = None,
        failed_count: int | None = None,
        availability_zones: list[str] | None = None,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str | None = ...,
        error_code: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None = ...,
        failed_count: int | None = ...,
        availability_zones: list[str] | None = ...,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchAddClusterNodesRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name of the HyperPod cluster to which you want to add nodes. Since 2025-08-05."""
    client_token: Final[str | None]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    This token is valid for 8 hours. If you retry the request with the same client token within this
    timeframe and the same parameters, the API returns the same set of NodeLogicalIds with their
    latest status. Since 2025-08-05.
    """
    nodes_to_add: Final[list[AddClusterNodeSpecification]]
    """A list of instance groups and the number of nodes to add to each. You can specify up to 5
    instance groups in a single request, with a maximum of 50 nodes total across all instance
    groups. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        nodes_to_add: list[AddClusterNodeSpecification],
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        client_token: str | None = ...,
        nodes_to_add: list[AddClusterNodeSpecification] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchAddClusterNodesResponse(OutputShape):
    """The result of ``batch_add_cluster_nodes`` (BatchAddClusterNodes)."""

    successful: Final[list[NodeAdditionResult] | None]
    """A list of NodeLogicalIDs that were successfully added to the cluster. The NodeLogicalID is
    unique per cluster and does not change between instance replacements. Each entry includes a
    NodeLogicalId that can be used to track the node's provisioning status (with
    DescribeClusterNode), the instance group name, and the current status of the node. Since
    2025-08-05.
    """
    failed: Final[list[BatchAddClusterNodesError] | None]
    """A list of errors that occurred during the node addition operation. Each entry includes the
    instance group name, error code, number of failed additions, and an error message. Since
    2025-08-05.
    """
    def __init__(
        self,
        *,
        successful: list[NodeAdditionResult] | None = None,
        failed: list[BatchAddClusterNodesError] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        successful: list[NodeAdditionResult] | None = ...,
        failed: list[BatchAddClusterNodesError] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDataCaptureConfig(Shape):
    """Configuration to control how SageMaker captures inference data."""

    destination_s3_uri: Final[str]
    """The Amazon S3 location being used to capture the data. Since 2022-10-18."""
    kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that
    hosts the batch transform job. Since 2022-10-18.
    """
    generate_inference_id: Final[bool | None]
    """Flag that indicates whether to append inference id to the output. Since 2022-10-18."""
    def __init__(
        self,
        *,
        destination_s3_uri: str,
        kms_key_id: str | None = None,
        generate_inference_id: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        destination_s3_uri: str = ...,
        kms_key_id: str | None = ...,
        generate_inference_id: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDeleteClusterNodeLogicalIdsError(Shape):
    """Information about an error that occurred when attempting to delete a node identified by its
    NodeLogicalId.
    """

    code: Final[BatchDeleteClusterNodesErrorCode | None]
    """The error code associated with the failure. Possible values include NodeLogicalIdNotFound,
    InvalidNodeStatus, and InternalError. Since 2025-08-05.
    """
    message: Final[str | None]
    """A descriptive message providing additional details about the error. Since 2025-08-05."""
    node_logical_id: Final[str | None]
    """The NodeLogicalId of the node that could not be deleted. Since 2025-08-05."""
    def __init__(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        node_logical_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        node_logical_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDeleteClusterNodesError(Shape):
    """Represents an error encountered when deleting a node from a SageMaker HyperPod cluster."""

    code: Final[BatchDeleteClusterNodesErrorCode | None]
    """The error code associated with the error encountered when deleting a node. Since 2024-10-31.
    """
    message: Final[str | None]
    """A message describing the error encountered when deleting a node. Since 2024-10-31."""
    node_id: Final[str | None]
    """The ID of the node that encountered an error during the deletion process. Since 2024-10-31.
    """
    def __init__(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        node_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        node_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDeleteClusterNodesRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name of the SageMaker HyperPod cluster from which to delete the specified nodes. Since
    2024-10-31.
    """
    node_ids: Final[list[str] | None]
    """A list of node IDs to be deleted from the specified cluster. Since 2024-10-31."""
    node_logical_ids: Final[list[str] | None]
    """A list of NodeLogicalIds identifying the nodes to be deleted. You can specify up to 50
    NodeLogicalIds. You must specify either NodeLogicalIds, InstanceIds, or both, with a combined
    maximum of 50 identifiers. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        node_ids: list[str] | None = ...,
        node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDeleteClusterNodesResponse(OutputShape):
    """The result of ``batch_delete_cluster_nodes`` (BatchDeleteClusterNodes)."""

    failed: Final[list[BatchDeleteClusterNodesError] | None]
    """A list of errors encountered when deleting the specified nodes. Since 2024-10-31."""
    successful: Final[list[str] | None]
    """A list of node IDs that were successfully deleted from the specified cluster. Since 2024-10-31.
    """
    failed_node_logical_ids: Final[list[BatchDeleteClusterNodeLogicalIdsError] | None]
    """A list of NodeLogicalIds that could not be deleted, along with error information explaining why
    the deletion failed. Since 2025-08-05.
    """
    successful_node_logical_ids: Final[list[str] | None]
    """A list of NodeLogicalIds that were successfully deleted from the cluster. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        failed: list[BatchDeleteClusterNodesError] | None = None,
        successful: list[str] | None = None,
        failed_node_logical_ids: list[BatchDeleteClusterNodeLogicalIdsError] | None = None,
        successful_node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        failed: list[BatchDeleteClusterNodesError] | None = ...,
        successful: list[str] | None = ...,
        failed_node_logical_ids: list[BatchDeleteClusterNodeLogicalIdsError] | None = ...,
        successful_node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDescribeModelPackageError(Shape):
    """The error code and error description associated with the resource."""

    error_code: Final[str | None]
    """Since 2021-10-27."""
    error_response: Final[str | None]
    """Since 2021-10-27."""
    def __init__(
        self,
        *,
        error_code: str | None = None,
        error_response: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        error_code: str | None = ...,
        error_response: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDescribeModelPackageInput(Shape):
    """No description on the pages."""

    model_package_arn_list: Final[list[str]]
    """The list of Amazon Resource Name (ARN) of the model package groups. Since 2021-10-27."""
    def __init__(
        self,
        *,
        model_package_arn_list: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arn_list: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDescribeModelPackageOutput(OutputShape):
    """The result of ``batch_describe_model_package`` (BatchDescribeModelPackage)."""

    model_package_summaries: Final[dict[str, BatchDescribeModelPackageSummary] | None]
    """The summaries for the model package versions Since 2021-10-27."""
    batch_describe_model_package_error_map: Final[dict[str, BatchDescribeModelPackageError] | None]
    """A map of the resource and BatchDescribeModelPackageError objects reporting the error associated
    with describing the model package. Since 2021-10-27.
    """
    def __init__(
        self,
        *,
        model_package_summaries: dict[str, BatchDescribeModelPackageSummary] | None = None,
        batch_describe_model_package_error_map: dict[str, BatchDescribeModelPackageError] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_summaries: dict[str, BatchDescribeModelPackageSummary] | None = ...,
        batch_describe_model_package_error_map: dict[str, BatchDescribeModelPackageError] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchDescribeModelPackageSummary(Shape):
    """Provides summary information about the model package."""

    model_package_group_name: Final[str | None]
    """The group name for the model package Since 2021-10-27."""
    model_package_version: Final[int | None]
    """The version number of a versioned model. Since 2021-10-27."""
    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2021-10-27."""
    model_package_description: Final[str | None]
    """The description of the model package. Since 2021-10-27."""
    creation_time: Final[datetime | None]
    """The creation time of the mortgage package summary. Since 2021-10-27."""
    inference_specification: Final[InferenceSpecification | None]
    """Defines how to perform inference generation after a training job is run. Since 2021-10-27."""
    model_package_status: Final[ModelPackageStatus | None]
    """The status of the mortgage package. Since 2021-10-27."""
    model_approval_status: Final[ModelApprovalStatus | None]
    """The approval status of the model. Since 2021-10-27."""
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package summary. Since 2025-12-03."""
    def __init__(
        self,
        *,
        model_package_group_name: str | None = None,
        model_package_version: int | None = None,
        model_package_arn: str | None = None,
        model_package_description: str | None = None,
        creation_time: datetime | None = None,
        inference_specification: InferenceSpecification | None = None,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
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
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchRebootClusterNodeLogicalIdsError(Shape):
    """Represents an error encountered when rebooting a node (identified by its logical node ID) from a
    SageMaker HyperPod cluster.
    """

    node_logical_id: Final[str | None]
    """The logical node ID of the node that encountered an error during the reboot operation. Since
    2025-11-20.
    """
    error_code: Final[BatchRebootClusterNodesErrorCode | None]
    """The error code associated with the error encountered when rebooting a node by logical node ID.
    Since 2025-11-20.
    """
    message: Final[str | None]
    """A human-readable message describing the error encountered when rebooting a node by logical node
    ID. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        node_logical_id: str | None = None,
        error_code: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_logical_id: str | None = ...,
        error_code: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchRebootClusterNodesError(Shape):
    """Represents an error encountered when rebooting a node from a SageMaker HyperPod cluster."""

    node_id: Final[str | None]
    """The EC2 instance ID of the node that encountered an error during the reboot operation. Since
    2025-11-20.
    """
    error_code: Final[BatchRebootClusterNodesErrorCode | None]
    """The error code associated with the error encountered when rebooting a node. Since 2025-11-20.
    """
    message: Final[str | None]
    """A human-readable message describing the error encountered when rebooting a node. Since
    2025-11-20.
    """
    def __init__(
        self,
        *,
        node_id: str | None = None,
        error_code: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_id: str | None = ...,
        error_code: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchRebootClusterNodesRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the SageMaker HyperPod cluster containing the nodes to
    reboot. Since 2025-11-20.
    """
    node_ids: Final[list[str] | None]
    """A list of EC2 instance IDs to reboot using soft recovery. You can specify between 1 and 25
    instance IDs. Since 2025-11-20.
    """
    node_logical_ids: Final[list[str] | None]
    """A list of logical node IDs to reboot using soft recovery. You can specify between 1 and 25
    logical node IDs. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        node_ids: list[str] | None = ...,
        node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchRebootClusterNodesResponse(OutputShape):
    """The result of ``batch_reboot_cluster_nodes`` (BatchRebootClusterNodes)."""

    successful: Final[list[str] | None]
    """A list of EC2 instance IDs for which the reboot operation was successfully initiated. Since
    2025-11-20.
    """
    failed: Final[list[BatchRebootClusterNodesError] | None]
    """A list of errors encountered for EC2 instance IDs that could not be rebooted. Each error
    includes the instance ID, an error code, and a descriptive message. Since 2025-11-20.
    """
    failed_node_logical_ids: Final[list[BatchRebootClusterNodeLogicalIdsError] | None]
    """A list of errors encountered for logical node IDs that could not be rebooted. Each error
    includes the logical node ID, an error code, and a descriptive message. This field is only
    present when NodeLogicalIds were provided in the request. Since 2025-11-20.
    """
    successful_node_logical_ids: Final[list[str] | None]
    """A list of logical node IDs for which the reboot operation was successfully initiated. This field
    is only present when NodeLogicalIds were provided in the request. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        successful: list[str] | None = None,
        failed: list[BatchRebootClusterNodesError] | None = None,
        failed_node_logical_ids: list[BatchRebootClusterNodeLogicalIdsError] | None = None,
        successful_node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        successful: list[str] | None = ...,
        failed: list[BatchRebootClusterNodesError] | None = ...,
        failed_node_logical_ids: list[BatchRebootClusterNodeLogicalIdsError] | None = ...,
        successful_node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchReplaceClusterNodeLogicalIdsError(Shape):
    """Represents an error encountered when replacing a node (identified by its logical node ID) in a
    SageMaker HyperPod cluster.
    """

    node_logical_id: Final[str | None]
    """The logical node ID of the node that encountered an error during the replacement operation.
    Since 2025-11-20.
    """
    error_code: Final[BatchReplaceClusterNodesErrorCode | None]
    """The error code associated with the error encountered when replacing a node by logical node ID.
    Since 2025-11-20.
    """
    message: Final[str | None]
    """A human-readable message describing the error encountered when replacing a node by logical node
    ID. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        node_logical_id: str | None = None,
        error_code: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_logical_id: str | None = ...,
        error_code: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchReplaceClusterNodesError(Shape):
    """Represents an error encountered when replacing a node in a SageMaker HyperPod cluster."""

    node_id: Final[str | None]
    """The EC2 instance ID of the node that encountered an error during the replacement operation.
    Since 2025-11-20.
    """
    error_code: Final[BatchReplaceClusterNodesErrorCode | None]
    """The error code associated with the error encountered when replacing a node. Since 2025-11-20.
    """
    message: Final[str | None]
    """A human-readable message describing the error encountered when replacing a node. Since
    2025-11-20.
    """
    def __init__(
        self,
        *,
        node_id: str | None = None,
        error_code: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_id: str | None = ...,
        error_code: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchReplaceClusterNodesRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the SageMaker HyperPod cluster containing the nodes to
    replace. Since 2025-11-20.
    """
    node_ids: Final[list[str] | None]
    """A list of EC2 instance IDs to replace with new hardware. You can specify between 1 and 25
    instance IDs. Since 2025-11-20.
    """
    node_logical_ids: Final[list[str] | None]
    """A list of logical node IDs to replace with new hardware. You can specify between 1 and 25
    logical node IDs. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        node_ids: list[str] | None = ...,
        node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchReplaceClusterNodesResponse(OutputShape):
    """The result of ``batch_replace_cluster_nodes`` (BatchReplaceClusterNodes)."""

    successful: Final[list[str] | None]
    """A list of EC2 instance IDs for which the replacement operation was successfully initiated. Since
    2025-11-20.
    """
    failed: Final[list[BatchReplaceClusterNodesError] | None]
    """A list of errors encountered for EC2 instance IDs that could not be replaced. Each error
    includes the instance ID, an error code, and a descriptive message. Since 2025-11-20.
    """
    failed_node_logical_ids: Final[list[BatchReplaceClusterNodeLogicalIdsError] | None]
    """A list of errors encountered for logical node IDs that could not be replaced. Each error
    includes the logical node ID, an error code, and a descriptive message. This field is only
    present when NodeLogicalIds were provided in the request. Since 2025-11-20.
    """
    successful_node_logical_ids: Final[list[str] | None]
    """A list of logical node IDs for which the replacement operation was successfully initiated. This
    field is only present when NodeLogicalIds were provided in the request. Since 2025-11-20.
    """
    def __init__(
        self,
        *,
        successful: list[str] | None = None,
        failed: list[BatchReplaceClusterNodesError] | None = None,
        failed_node_logical_ids: list[BatchReplaceClusterNodeLogicalIdsError] | None = None,
        successful_node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        successful: list[str] | None = ...,
        failed: list[BatchReplaceClusterNodesError] | None = ...,
        failed_node_logical_ids: list[BatchReplaceClusterNodeLogicalIdsError] | None = ...,
        successful_node_logical_ids: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BatchTransformInput(Shape):
    """Input object for the batch transform job."""

    data_captured_destination_s3_uri: Final[str]
    """The Amazon S3 location being used to capture the data. Since 2022-10-18."""
    dataset_format: Final[MonitoringDatasetFormat]
    """The dataset format for your batch transform job. Since 2022-10-18."""
    local_path: Final[str]
    """Path to the filesystem where the batch transform data is available to the container. Since
    2022-10-18.
    """
    s3_input_mode: Final[ProcessingS3InputMode | None]
    """Whether the Pipe or File is used as the input mode for transferring data for the monitoring job.
    Pipe mode is recommended for large datasets. File mode is useful for small files that fit in
    memory. Defaults to File. Since 2022-10-18.
    """
    s3_data_distribution_type: Final[ProcessingS3DataDistributionType | None]
    """Whether input data distributed in Amazon S3 is fully replicated or sharded by an S3 key.
    Defaults to FullyReplicated Since 2022-10-18.
    """
    features_attribute: Final[str | None]
    """The attributes of the input data that are the input features. Since 2022-10-18."""
    inference_attribute: Final[str | None]
    """The attribute of the input data that represents the ground truth label. Since 2022-10-18."""
    probability_attribute: Final[str | None]
    """In a classification problem, the attribute that represents the class probability. Since
    2022-10-18.
    """
    probability_threshold_attribute: Final[float | None]
    """The threshold for the class probability to be evaluated as a positive result. Since 2022-10-18.
    """
    start_time_offset: Final[str | None]
    """If specified, monitoring jobs substract this time from the start time. For information about
    using offsets for scheduling monitoring jobs, see Schedule Model Quality Monitoring Jobs. Since
    2022-10-18.
    """
    end_time_offset: Final[str | None]
    """If specified, monitoring jobs subtract this time from the end time. For information about using
    offsets for scheduling monitoring jobs, see Schedule Model Quality Monitoring Jobs. Since
    2022-10-18.
    """
    exclude_features_attribute: Final[str | None]
    """The attributes of the input data to exclude from the analysis. Since 2023-09-19."""
    def __init__(
        self,
        *,
        data_captured_destination_s3_uri: str,
        dataset_format: MonitoringDatasetFormat,
        local_path: str,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = None,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = None,
        features_attribute: str | None = None,
        inference_attribute: str | None = None,
        probability_attribute: str | None = None,
        probability_threshold_attribute: float | None = None,
        start_time_offset: str | None = None,
        end_time_offset: str | None = None,
        exclude_features_attribute: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_captured_destination_s3_uri: str = ...,
        dataset_format: MonitoringDatasetFormat = ...,
        local_path: str = ...,
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
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BedrockCustomModelDeploymentMetadata(Shape):
    """The metadata of the Amazon Bedrock custom model deployment used in pipeline execution step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) for the Amazon Bedrock custom model deployment. Since 2025-12-03.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BedrockCustomModelMetadata(Shape):
    """The metadata of the Amazon Bedrock custom model used in the pipeline execution step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Bedrock custom model. Since 2025-12-03."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BedrockModelImportMetadata(Shape):
    """The metadata of Amazon Bedrock model import used in pipeline execution step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Bedrock model import. Since 2025-12-03."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BedrockProvisionedModelThroughputMetadata(Shape):
    """The metadata of the Amazon Bedrock provisioned model throughput used in the pipeline execution
    step.
    """

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Bedrock provisioned model throughput. Since
    2025-12-03.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BestObjectiveNotImproving(Shape):
    """A flag to stop your hyperparameter tuning job if model performance fails to improve as evaluated
    against an objective function.
    """

    max_number_of_training_jobs_not_improving: Final[int | None]
    """The number of training jobs that have failed to improve model performance by 1% or greater over
    prior training jobs as evaluated against an objective function. Since 2023-01-31.
    """
    def __init__(
        self,
        *,
        max_number_of_training_jobs_not_improving: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_number_of_training_jobs_not_improving: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Bias(Shape):
    """Metrics that measure bias in a model."""

    report: Final[MetricsSource | None]
    """The bias report for a model Since 2020-12-01."""
    pre_training_report: Final[MetricsSource | None]
    """The pre-training bias report for a model. Since 2021-12-01."""
    post_training_report: Final[MetricsSource | None]
    """The post-training bias report for a model. Since 2021-12-01."""
    def __init__(
        self,
        *,
        report: MetricsSource | None = None,
        pre_training_report: MetricsSource | None = None,
        post_training_report: MetricsSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        report: MetricsSource | None = ...,
        pre_training_report: MetricsSource | None = ...,
        post_training_report: MetricsSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class BlueGreenUpdatePolicy(Shape):
    """Update policy for a blue/green deployment. If this update policy is specified, SageMaker creates
    a new fleet during the deployment while maintaining the old fleet. SageMaker flips traffic to
    the new fleet according to the specified traffic routing configuration. Only one update policy
    should be used in the deployment configuration. If no update policy is specified, SageMaker uses
    a blue/green deployment strategy with all at once traffic shifting by default.
    """

    traffic_routing_configuration: Final[TrafficRoutingConfig]
    """Defines the traffic routing strategy to shift traffic from the old fleet to the new fleet during
    an endpoint deployment. Since 2020-12-01.
    """
    termination_wait_in_seconds: Final[int | None]
    """Additional waiting time in seconds after the completion of an endpoint deployment before
    terminating the old endpoint fleet. Default is 0. Since 2020-12-01.
    """
    maximum_execution_timeout_in_seconds: Final[int | None]
    """Maximum execution timeout for the deployment. Note that the timeout value should be larger than
    the total waiting time specified in TerminationWaitInSeconds and WaitIntervalInSeconds. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        traffic_routing_configuration: TrafficRoutingConfig,
        termination_wait_in_seconds: int | None = None,
        maximum_execution_timeout_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        traffic_routing_configuration: TrafficRoutingConfig = ...,
        termination_wait_in_seconds: int | None = ...,
        maximum_execution_timeout_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
