# Generated stub. Do not edit.
# Every shape whose name starts with "E", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import AssociationEdgeType, AssociationEdgeTypeLiteral
from smtyped._generated.enums._e import (
    EdgePackagingJobStatus,
    EdgePackagingJobStatusLiteral,
    EdgePresetDeploymentStatus,
    EdgePresetDeploymentStatusLiteral,
    EdgePresetDeploymentType,
    EdgePresetDeploymentTypeLiteral,
    EndpointStatus,
    EndpointStatusLiteral,
)
from smtyped._generated.enums._f import (
    FailureHandlingPolicy,
    FailureHandlingPolicyLiteral,
    FeatureStatus,
    FeatureStatusLiteral,
)
from smtyped._generated.enums._p import (
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
)
from smtyped._generated.enums._s import StageStatus, StageStatusLiteral
from smtyped._generated.shapes._c import CategoricalParameter, ClarifyExplainerConfig, ClusterMetadata
from smtyped._generated.shapes._d import DataCaptureConfigSummary
from smtyped._generated.shapes._f import FSxLustreConfig
from smtyped._generated.shapes._i import (
    InferenceMetrics,
    InstanceGroupMetadata,
    InstanceGroupScalingMetadata,
    InstanceMetadata,
)
from smtyped._generated.shapes._m import MetricsSource, MonitoringSchedule
from smtyped._generated.shapes._p import ProductionVariantServerlessConfig, ProductionVariantSummary
from smtyped._generated.shapes._t import Tag, TrainingPlanExtension
from smtyped._generated.shapes._u import UserContext

class EFSFileSystem(Shape):
    """A custom file system in Amazon EFS."""

    file_system_id: Final[str]
    """The ID of your Amazon EFS file system. Since 2023-11-30."""
    def __init__(
        self,
        *,
        file_system_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EFSFileSystemConfig(Shape):
    """The settings for a custom Amazon EFS file system."""

    file_system_id: Final[str]
    """The ID of your Amazon EFS file system. Since 2023-11-30."""
    file_system_path: Final[str | None]
    """The path to the file system directory that is accessible in Amazon SageMaker AI Studio.
    Permitted users can access only this directory and below. Since 2023-11-30.
    """
    def __init__(
        self,
        *,
        file_system_id: str,
        file_system_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_id: str = ...,
        file_system_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EMRStepMetadata(Shape):
    """The configurations and outcomes of an Amazon EMR step execution."""

    cluster_id: Final[str | None]
    """The identifier of the EMR cluster. Since 2022-01-03."""
    step_id: Final[str | None]
    """The identifier of the EMR cluster step. Since 2022-01-03."""
    step_name: Final[str | None]
    """The name of the EMR cluster step. Since 2022-01-03."""
    log_file_path: Final[str | None]
    """The path to the log file where the cluster step's failure root cause is recorded. Since
    2022-01-03.
    """
    def __init__(
        self,
        *,
        cluster_id: str | None = None,
        step_id: str | None = None,
        step_name: str | None = None,
        log_file_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_id: str | None = ...,
        step_id: str | None = ...,
        step_name: str | None = ...,
        log_file_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EbsStorageSettings(Shape):
    """A collection of EBS storage settings for a space."""

    ebs_volume_size_in_gb: Final[int]
    """The size of an EBS storage volume for a space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        ebs_volume_size_in_gb: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ebs_volume_size_in_gb: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Ec2CapacityReservation(Shape):
    """The EC2 capacity reservations that are shared to an ML capacity reservation."""

    ec2_capacity_reservation_id: Final[str | None]
    """The unique identifier for an EC2 capacity reservation that's part of the ML capacity
    reservation. Since 2025-05-30.
    """
    total_instance_count: Final[int | None]
    """The number of instances that you allocated to the EC2 capacity reservation. Since 2025-05-30.
    """
    available_instance_count: Final[int | None]
    """The number of instances that are currently available in the EC2 capacity reservation. Since
    2025-05-30.
    """
    used_by_current_endpoint: Final[int | None]
    """The number of instances from the EC2 capacity reservation that are being used by the endpoint.
    Since 2025-05-30.
    """
    def __init__(
        self,
        *,
        ec2_capacity_reservation_id: str | None = None,
        total_instance_count: int | None = None,
        available_instance_count: int | None = None,
        used_by_current_endpoint: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ec2_capacity_reservation_id: str | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        used_by_current_endpoint: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Edge(Shape):
    """A directed edge connecting two lineage entities."""

    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source lineage entity of the directed edge. Since
    2021-12-01.
    """
    destination_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the destination lineage entity of the directed edge. Since
    2021-12-01.
    """
    association_type: Final[AssociationEdgeType | None]
    """The type of the Association(Edge) between the source and destination. For example ContributedTo
    , Produced , or DerivedFrom . Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        destination_arn: str | None = None,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeDeploymentConfig(Shape):
    """Configuration of the deployment details."""

    failure_handling_policy: Final[FailureHandlingPolicy]
    """Toggle that determines whether to rollback to previous configuration if the current deployment
    fails. By default this is turned on. You may turn this off if you want to investigate the errors
    yourself. Since 2022-07-18.
    """
    def __init__(
        self,
        *,
        failure_handling_policy: FailureHandlingPolicy | FailureHandlingPolicyLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        failure_handling_policy: FailureHandlingPolicy | FailureHandlingPolicyLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeDeploymentModelConfig(Shape):
    """Contains information about the configuration of a model in a deployment."""

    model_handle: Final[str]
    """The name the device application uses to reference this model. Since 2022-07-18."""
    edge_packaging_job_name: Final[str]
    """The edge packaging job associated with this deployment. Since 2022-07-18."""
    def __init__(
        self,
        *,
        model_handle: str,
        edge_packaging_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_handle: str = ...,
        edge_packaging_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeDeploymentPlanSummary(Shape):
    """Contains information summarizing an edge deployment plan."""

    edge_deployment_plan_arn: Final[str | None]
    """The ARN of the edge deployment plan. Since 2022-07-18."""
    edge_deployment_plan_name: Final[str | None]
    """The name of the edge deployment plan. Since 2022-07-18."""
    device_fleet_name: Final[str | None]
    """The name of the device fleet used for the deployment. Since 2022-07-18."""
    edge_deployment_success: Final[int | None]
    """The number of edge devices with the successful deployment. Since 2022-07-18."""
    edge_deployment_pending: Final[int | None]
    """The number of edge devices yet to pick up the deployment, or in progress. Since 2022-07-18.
    """
    edge_deployment_failed: Final[int | None]
    """The number of edge devices that failed the deployment. Since 2022-07-18."""
    creation_time: Final[datetime | None]
    """The time when the edge deployment plan was created. Since 2022-07-18."""
    last_modified_time: Final[datetime | None]
    """The time when the edge deployment plan was last updated. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_arn: str | None = None,
        edge_deployment_plan_name: str | None = None,
        device_fleet_name: str | None = None,
        edge_deployment_success: int | None = None,
        edge_deployment_pending: int | None = None,
        edge_deployment_failed: int | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_arn: str | None = ...,
        edge_deployment_plan_name: str | None = ...,
        device_fleet_name: str | None = ...,
        edge_deployment_success: int | None = ...,
        edge_deployment_pending: int | None = ...,
        edge_deployment_failed: int | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeDeploymentStatus(Shape):
    """General status of the current state."""

    stage_status: Final[StageStatus | None]
    """The general status of the current stage. Since 2022-07-18."""
    edge_deployment_success_in_stage: Final[int | None]
    """The number of edge devices with the successful deployment in the current stage. Since
    2022-07-18.
    """
    edge_deployment_pending_in_stage: Final[int | None]
    """The number of edge devices yet to pick up the deployment in current stage, or in progress. Since
    2022-07-18.
    """
    edge_deployment_failed_in_stage: Final[int | None]
    """The number of edge devices that failed the deployment in current stage. Since 2022-07-18."""
    edge_deployment_status_message: Final[str | None]
    """A detailed message about deployment status in current stage. Since 2022-07-18."""
    edge_deployment_stage_start_time: Final[datetime | None]
    """The time when the deployment API started. Since 2022-07-18."""
    def __init__(
        self,
        *,
        stage_status: StageStatus | StageStatusLiteral | None = None,
        edge_deployment_success_in_stage: int | None = None,
        edge_deployment_pending_in_stage: int | None = None,
        edge_deployment_failed_in_stage: int | None = None,
        edge_deployment_status_message: str | None = None,
        edge_deployment_stage_start_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        stage_status: StageStatus | StageStatusLiteral | None = ...,
        edge_deployment_success_in_stage: int | None = ...,
        edge_deployment_pending_in_stage: int | None = ...,
        edge_deployment_failed_in_stage: int | None = ...,
        edge_deployment_status_message: str | None = ...,
        edge_deployment_stage_start_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeModel(Shape):
    """The model on the edge device."""

    model_name: Final[str | None]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str | None]
    """The model version. Since 2020-12-08."""
    latest_sample_time: Final[datetime | None]
    """The timestamp of the last data sample taken. Since 2020-12-08."""
    latest_inference: Final[datetime | None]
    """The timestamp of the last inference that was made. Since 2020-12-08."""
    def __init__(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        latest_sample_time: datetime | None = None,
        latest_inference: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        model_version: str | None = ...,
        latest_sample_time: datetime | None = ...,
        latest_inference: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeModelStat(Shape):
    """Status of edge devices with this model."""

    model_name: Final[str | None]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str | None]
    """The model version. Since 2020-12-08."""
    offline_device_count: Final[int | None]
    """The number of devices that have this model version and do not have a heart beat. Since
    2020-12-08.
    """
    connected_device_count: Final[int | None]
    """The number of devices that have this model version and have a heart beat. Since 2020-12-08.
    """
    active_device_count: Final[int | None]
    """The number of devices that have this model version, a heart beat, and are currently running.
    Since 2020-12-08.
    """
    sampling_device_count: Final[int | None]
    """The number of devices with this model version and are producing sample data. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        offline_device_count: int | None = None,
        connected_device_count: int | None = None,
        active_device_count: int | None = None,
        sampling_device_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        model_version: str | None = ...,
        offline_device_count: int | None = ...,
        connected_device_count: int | None = ...,
        active_device_count: int | None = ...,
        sampling_device_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeModelSummary(Shape):
    """Summary of model on edge device."""

    model_name: Final[str | None]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str | None]
    """The version model. Since 2020-12-08."""
    def __init__(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        model_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgeOutputConfig(Shape):
    """The output configuration for storing sample data collected by the fleet."""

    s3_output_location: Final[str]
    """The Amazon Simple Storage (S3) bucker URI. Since 2020-12-08."""
    kms_key_id: Final[str | None]
    """The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data on the
    storage volume after compilation job. If you don't provide a KMS key ID, Amazon SageMaker uses
    the default KMS key for Amazon S3 for your role's account. Since 2020-12-08.
    """
    preset_deployment_type: Final[EdgePresetDeploymentType | None]
    """The deployment type SageMaker Edge Manager will create. Currently only supports AWS IoT
    Greengrass Version 2 components. Since 2021-06-10.
    """
    preset_deployment_config: Final[str | None]
    """The configuration used to create deployment artifacts. Specify configuration options with a JSON
    string. The available configuration options for each type are: Since 2021-06-10.
    """
    def __init__(
        self,
        *,
        s3_output_location: str,
        kms_key_id: str | None = None,
        preset_deployment_type: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None = None,
        preset_deployment_config: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_location: str = ...,
        kms_key_id: str | None = ...,
        preset_deployment_type: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None = ...,
        preset_deployment_config: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgePackagingJobSummary(Shape):
    """Summary of edge packaging job."""

    edge_packaging_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the edge packaging job. Since 2020-12-08."""
    edge_packaging_job_name: Final[str | None]
    """The name of the edge packaging job. Since 2020-12-08."""
    edge_packaging_job_status: Final[EdgePackagingJobStatus | None]
    """The status of the edge packaging job. Since 2020-12-08."""
    compilation_job_name: Final[str | None]
    """The name of the SageMaker Neo compilation job. Since 2020-12-08."""
    model_name: Final[str | None]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str | None]
    """The version of the model. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """The timestamp of when the job was created. Since 2020-12-08."""
    last_modified_time: Final[datetime | None]
    """The timestamp of when the edge packaging job was last updated. Since 2020-12-08."""
    def __init__(
        self,
        *,
        edge_packaging_job_arn: str | None = None,
        edge_packaging_job_name: str | None = None,
        edge_packaging_job_status: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = None,
        compilation_job_name: str | None = None,
        model_name: str | None = None,
        model_version: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_packaging_job_arn: str | None = ...,
        edge_packaging_job_name: str | None = ...,
        edge_packaging_job_status: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = ...,
        compilation_job_name: str | None = ...,
        model_name: str | None = ...,
        model_version: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EdgePresetDeploymentOutput(Shape):
    """The output of a SageMaker Edge Manager deployable resource."""

    type: Final[EdgePresetDeploymentType | None]
    """The deployment type created by SageMaker Edge Manager. Currently only supports AWS IoT
    Greengrass Version 2 components. Since 2021-06-10.
    """
    artifact: Final[str | None]
    """The Amazon Resource Name (ARN) of the generated deployable resource. Since 2021-06-10."""
    status: Final[EdgePresetDeploymentStatus | None]
    """The status of the deployable resource. Since 2021-06-10."""
    status_message: Final[str | None]
    """Returns a message describing the status of the deployed resource. Since 2021-06-10."""
    def __init__(
        self,
        *,
        type: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None = None,
        artifact: str | None = None,
        status: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral | None = None,
        status_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None = ...,
        artifact: str | None = ...,
        status: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral | None = ...,
        status_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EmrServerlessComputeConfig(Shape):
    """The configuration for using EMR Serverless to run the AutoML job V2."""

    execution_role_arn: Final[str]
    """The ARN of the IAM role granting the AutoML job V2 the necessary permissions access policies to
    list, connect to, or manage EMR Serverless jobs. For detailed information about the required
    permissions of this role, see "How to configure AutoML to initiate a remote job on EMR
    Serverless for large datasets" in Create a regression or classification job for tabular data
    using the AutoML API or Create an AutoML job for time-series forecasting using the API. Since
    2024-08-12.
    """
    def __init__(
        self,
        *,
        execution_role_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        execution_role_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EmrServerlessSettings(Shape):
    """The settings for running Amazon EMR Serverless data processing jobs in SageMaker Canvas."""

    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Web Services IAM role that is assumed for running
    Amazon EMR Serverless jobs in SageMaker Canvas. This role should have the necessary permissions
    to read and write data attached and a trust relationship with EMR Serverless. Since 2024-08-12.
    """
    status: Final[FeatureStatus | None]
    """Describes whether Amazon EMR Serverless job capabilities are enabled or disabled in the
    SageMaker Canvas application. Since 2024-08-12.
    """
    def __init__(
        self,
        *,
        execution_role_arn: str | None = None,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        execution_role_arn: str | None = ...,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EmrSettings(Shape):
    """The configuration parameters that specify the IAM roles assumed by the execution role of
    SageMaker (assumable roles) and the cluster instances or job execution environments (execution
    roles or runtime roles) to manage and access resources required for running Amazon EMR clusters
    or Amazon EMR Serverless applications.
    """

    assumable_role_arns: Final[list[str] | None]
    """An array of Amazon Resource Names (ARNs) of the IAM roles that the execution role of SageMaker
    can assume for performing operations or tasks related to Amazon EMR clusters or Amazon EMR
    Serverless applications. These roles define the permissions and access policies required when
    performing Amazon EMR-related operations, such as listing, connecting to, or terminating Amazon
    EMR clusters or Amazon EMR Serverless applications. They are typically used in cross-account
    access scenarios, where the Amazon EMR resources (clusters or serverless applications) are
    located in a different Amazon Web Services account than the SageMaker domain. Since 2024-08-01.
    """
    execution_role_arns: Final[list[str] | None]
    """An array of Amazon Resource Names (ARNs) of the IAM roles used by the Amazon EMR cluster
    instances or job execution environments to access other Amazon Web Services services and
    resources needed during the runtime of your Amazon EMR or Amazon EMR Serverless workloads, such
    as Amazon S3 for data access, Amazon CloudWatch for logging, or other Amazon Web Services
    services based on the particular workload requirements. Since 2024-08-01.
    """
    def __init__(
        self,
        *,
        assumable_role_arns: list[str] | None = None,
        execution_role_arns: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        assumable_role_arns: list[str] | None = ...,
        execution_role_arns: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnableSagemakerServicecatalogPortfolioInput(Shape):
    """No description on the pages."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnableSagemakerServicecatalogPortfolioOutput(OutputShape):
    """The result of ``enable_sagemaker_servicecatalog_portfolio``
    (EnableSagemakerServicecatalogPortfolio).
    """

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Endpoint(Shape):
    """A hosted endpoint for real-time inference."""

    endpoint_name: Final[str | None]
    """The name of the endpoint. Since 2020-12-01."""
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint. Since 2020-12-01."""
    endpoint_config_name: Final[str | None]
    """The endpoint configuration associated with the endpoint. Since 2020-12-01."""
    production_variants: Final[list[ProductionVariantSummary] | None]
    """A list of the production variants hosted on the endpoint. Each production variant is a model.
    Since 2020-12-01.
    """
    data_capture_config: Final[DataCaptureConfigSummary | None]
    """The currently active data capture configuration used by your Endpoint. Since 2020-12-01."""
    endpoint_status: Final[EndpointStatus | None]
    """The status of the endpoint. Since 2020-12-01."""
    failure_reason: Final[str | None]
    """If the endpoint failed, the reason it failed. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the endpoint was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The last time the endpoint was modified. Since 2020-12-01."""
    monitoring_schedules: Final[list[MonitoringSchedule] | None]
    """A list of monitoring schedules for the endpoint. For information about model monitoring, see
    Amazon SageMaker Model Monitor. Since 2020-12-01.
    """
    tags: Final[list[Tag] | None]
    """A list of the tags associated with the endpoint. For more information, see Tagging Amazon Web
    Services resources in the Amazon Web Services General Reference Guide. Since 2020-12-01.
    """
    shadow_production_variants: Final[list[ProductionVariantSummary] | None]
    """A list of the shadow variants hosted on the endpoint. Each shadow variant is a model in shadow
    mode with production traffic replicated from the production variant. No change-log page shows
    it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        endpoint_arn: str | None = None,
        endpoint_config_name: str | None = None,
        production_variants: list[ProductionVariantSummary] | None = None,
        data_capture_config: DataCaptureConfigSummary | None = None,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        monitoring_schedules: list[MonitoringSchedule] | None = None,
        tags: list[Tag] | None = None,
        shadow_production_variants: list[ProductionVariantSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        endpoint_config_name: str | None = ...,
        production_variants: list[ProductionVariantSummary] | None = ...,
        data_capture_config: DataCaptureConfigSummary | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedules: list[MonitoringSchedule] | None = ...,
        tags: list[Tag] | None = ...,
        shadow_production_variants: list[ProductionVariantSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointConfigStepMetadata(Shape):
    """The endpoint configuration used to create an endpoint during this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint configuration used in the step. Since 2024-08-16.
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

class EndpointConfigSummary(Shape):
    """Provides summary information for an endpoint configuration."""

    endpoint_config_name: Final[str | None]
    """The name of the endpoint configuration. Since 2017-11-29."""
    endpoint_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint configuration. Since 2017-11-29."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the endpoint configuration was created. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_config_name: str | None = None,
        endpoint_config_arn: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_name: str | None = ...,
        endpoint_config_arn: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointInfo(Shape):
    """Details about a customer endpoint that was compared in an Inference Recommender job."""

    endpoint_name: Final[str | None]
    """The name of a customer's endpoint. Since 2022-10-21."""
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointInput(Shape):
    """Input object for the endpoint"""

    endpoint_name: Final[str]
    """An endpoint in customer's account which has enabled DataCaptureConfig enabled. Since 2019-12-04.
    """
    local_path: Final[str]
    """Path to the filesystem where the endpoint data is available to the container. Since 2019-12-04.
    """
    s3_input_mode: Final[ProcessingS3InputMode | None]
    """Whether the Pipe or File is used as the input mode for transferring data for the monitoring job.
    Pipe mode is recommended for large datasets. File mode is useful for small files that fit in
    memory. Defaults to File. Since 2019-12-04.
    """
    s3_data_distribution_type: Final[ProcessingS3DataDistributionType | None]
    """Whether input data distributed in Amazon S3 is fully replicated or sharded by an Amazon S3 key.
    Defaults to FullyReplicated Since 2019-12-04.
    """
    features_attribute: Final[str | None]
    """The attributes of the input data that are the input features. Since 2020-12-08."""
    inference_attribute: Final[str | None]
    """The attribute of the input data that represents the ground truth label. Since 2020-12-08."""
    probability_attribute: Final[str | None]
    """In a classification problem, the attribute that represents the class probability. Since
    2020-12-08.
    """
    probability_threshold_attribute: Final[float | None]
    """The threshold for the class probability to be evaluated as a positive result. Since 2020-12-08.
    """
    start_time_offset: Final[str | None]
    """If specified, monitoring jobs substract this time from the start time. For information about
    using offsets for scheduling monitoring jobs, see Schedule Model Quality Monitoring Jobs. Since
    2020-12-08.
    """
    end_time_offset: Final[str | None]
    """If specified, monitoring jobs substract this time from the end time. For information about using
    offsets for scheduling monitoring jobs, see Schedule Model Quality Monitoring Jobs. Since
    2020-12-08.
    """
    exclude_features_attribute: Final[str | None]
    """The attributes of the input data to exclude from the analysis. Since 2023-09-19."""
    def __init__(
        self,
        *,
        endpoint_name: str,
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
        endpoint_name: str = ...,
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

class EndpointInputConfiguration(Shape):
    """The endpoint configuration for the load test."""

    instance_type: Final[ProductionVariantInstanceType | None]
    """The instance types to use for the load test. Since 2021-12-01."""
    serverless_config: Final[ProductionVariantServerlessConfig | None]
    """Specifies the serverless configuration for an endpoint variant. Since 2023-07-03."""
    inference_specification_name: Final[str | None]
    """The inference specification name in the model package version. Since 2021-12-01."""
    environment_parameter_ranges: Final[EnvironmentParameterRanges | None]
    """The parameter you want to benchmark against. Since 2021-12-01."""
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        serverless_config: ProductionVariantServerlessConfig | None = None,
        inference_specification_name: str | None = None,
        environment_parameter_ranges: EnvironmentParameterRanges | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        serverless_config: ProductionVariantServerlessConfig | None = ...,
        inference_specification_name: str | None = ...,
        environment_parameter_ranges: EnvironmentParameterRanges | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointMetadata(Shape):
    """The metadata of the endpoint on which the inference experiment ran."""

    endpoint_name: Final[str | None]
    """The name of the endpoint. Since 2022-11-30."""
    endpoint_config_name: Final[str | None]
    """The name of the endpoint configuration. Since 2022-11-30."""
    endpoint_status: Final[EndpointStatus | None]
    """The status of the endpoint. For possible values of the status of an endpoint, see
    EndpointSummary. Since 2022-11-30.
    """
    failure_reason: Final[str | None]
    """If the status of the endpoint is Failed, or the status is InService but update operation fails,
    this provides the reason why it failed. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        endpoint_config_name: str | None = None,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_config_name: str | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointOutputConfiguration(Shape):
    """Defines the endpoint configuration parameters."""

    endpoint_name: Final[str | None]
    """The name of the endpoint made during a recommendation job. Since 2021-12-01."""
    variant_name: Final[str | None]
    """The name of the production variant (deployed model) made during a recommendation job. Since
    2021-12-01.
    """
    instance_type: Final[ProductionVariantInstanceType | None]
    """The instance type recommended by Amazon SageMaker Inference Recommender. Since 2021-12-01."""
    initial_instance_count: Final[int | None]
    """The number of instances recommended to launch initially. Since 2021-12-01."""
    serverless_config: Final[ProductionVariantServerlessConfig | None]
    """Specifies the serverless configuration for an endpoint variant. Since 2023-07-03."""
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        variant_name: str | None = None,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        initial_instance_count: int | None = None,
        serverless_config: ProductionVariantServerlessConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        variant_name: str | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        initial_instance_count: int | None = ...,
        serverless_config: ProductionVariantServerlessConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointPerformance(Shape):
    """The performance results from running an Inference Recommender job on an existing endpoint."""

    metrics: Final[InferenceMetrics | None]
    """The metrics for an existing endpoint. Since 2022-10-21."""
    endpoint_info: Final[EndpointInfo | None]
    """Details about a customer endpoint that was compared in an Inference Recommender job. Since
    2022-10-21.
    """
    def __init__(
        self,
        *,
        metrics: InferenceMetrics | None = None,
        endpoint_info: EndpointInfo | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metrics: InferenceMetrics | None = ...,
        endpoint_info: EndpointInfo | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EndpointStepMetadata(Shape):
    """The endpoint that was invoked during this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint in the step. Since 2024-08-16."""
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

class EndpointSummary(Shape):
    """Provides summary information for an endpoint."""

    endpoint_name: Final[str | None]
    """The name of the endpoint. Since 2017-11-29."""
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint. Since 2017-11-29."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the endpoint was created. Since 2017-11-29."""
    last_modified_time: Final[datetime | None]
    """A timestamp that shows when the endpoint was last modified. Since 2017-11-29."""
    endpoint_status: Final[EndpointStatus | None]
    """The status of the endpoint. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        endpoint_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnvironmentConfig(Shape):
    """The configuration for the restricted instance groups (RIG) environment."""

    f_sx_lustre_config: Final[FSxLustreConfig | None]
    """Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
    Since 2025-07-15.
    """
    def __init__(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnvironmentConfigDetails(Shape):
    """The configuration for the restricted instance groups (RIG) environment."""

    f_sx_lustre_config: Final[FSxLustreConfig | None]
    """Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
    Since 2025-07-15.
    """
    s3_output_path: Final[str | None]
    """The Amazon S3 path where output data from the restricted instance group (RIG) environment will
    be stored. Since 2025-07-15.
    """
    def __init__(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = None,
        s3_output_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = ...,
        s3_output_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnvironmentParameter(Shape):
    """A list of environment parameters suggested by the Amazon SageMaker Inference Recommender."""

    key: Final[str | None]
    """The environment key suggested by the Amazon SageMaker Inference Recommender. Since 2021-12-01.
    """
    value_type: Final[str | None]
    """The value type suggested by the Amazon SageMaker Inference Recommender. Since 2021-12-01."""
    value: Final[str | None]
    """The value suggested by the Amazon SageMaker Inference Recommender. Since 2021-12-01."""
    def __init__(
        self,
        *,
        key: str | None = None,
        value_type: str | None = None,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str | None = ...,
        value_type: str | None = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EnvironmentParameterRanges(Shape):
    """The parameter you want to benchmark against."""

    categorical_parameter_ranges: Final[list[CategoricalParameter] | None]
    """Specified a list of parameters for each category. Since 2021-12-01."""
    def __init__(
        self,
        *,
        categorical_parameter_ranges: list[CategoricalParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        categorical_parameter_ranges: list[CategoricalParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ErrorInfo(Shape):
    """This is an error field object that contains the error code and the reason for an operation
    failure.
    """

    code: Final[str | None]
    """The error code for an invalid or failed operation. Since 2024-12-04."""
    reason: Final[str | None]
    """The failure reason for the operation. Since 2024-12-04."""
    def __init__(
        self,
        *,
        code: str | None = None,
        reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code: str | None = ...,
        reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EventDetails(Shape):
    """Additional details about the event, including event-specific metadata."""

    event_metadata: Final[EventMetadata | None]
    """Metadata specific to the event, which may include information about the cluster, instance group,
    or instance involved. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        event_metadata: EventMetadata | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        event_metadata: EventMetadata | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class EventMetadata(Shape):
    """Metadata specific to the event, which may include information about the cluster, instance group,
    or instance involved. A tagged union: at most one attribute is set.
    """

    cluster: Final[ClusterMetadata | None]
    """Metadata specific to cluster-level events. Since 2025-08-05."""
    instance_group: Final[InstanceGroupMetadata | None]
    """Metadata specific to instance group-level events. Since 2025-08-05."""
    instance_group_scaling: Final[InstanceGroupScalingMetadata | None]
    """Metadata related to instance group scaling events. Since 2025-08-05."""
    instance: Final[InstanceMetadata | None]
    """Metadata specific to instance-level events. Since 2025-08-05."""
    def __init__(
        self,
        *,
        cluster: ClusterMetadata | None = None,
        instance_group: InstanceGroupMetadata | None = None,
        instance_group_scaling: InstanceGroupScalingMetadata | None = None,
        instance: InstanceMetadata | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster: ClusterMetadata | None = ...,
        instance_group: InstanceGroupMetadata | None = ...,
        instance_group_scaling: InstanceGroupScalingMetadata | None = ...,
        instance: InstanceMetadata | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Experiment(Shape):
    """The properties of an experiment."""

    experiment_name: Final[str | None]
    """The name of the experiment. Since 2019-12-04."""
    experiment_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the experiment. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the experiment as displayed. If DisplayName isn't specified, ExperimentName is
    displayed. Since 2019-12-04.
    """
    source: Final[ExperimentSource | None]
    """The source of the experiment. Since 2019-12-04."""
    description: Final[str | None]
    """The description of the experiment. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the experiment was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the experiment. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the experiment was last modified. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2019-12-04."""
    tags: Final[list[Tag] | None]
    """The list of tags that are associated with the experiment. You can use Search API to search on
    the tags. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        experiment_arn: str | None = None,
        display_name: str | None = None,
        source: ExperimentSource | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        experiment_arn: str | None = ...,
        display_name: str | None = ...,
        source: ExperimentSource | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExperimentConfig(Shape):
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs:
    """

    experiment_name: Final[str | None]
    """The name of an existing experiment to associate with the trial component. Since 2019-12-04.
    """
    trial_name: Final[str | None]
    """The name of an existing trial to associate the trial component with. If not specified, a new
    trial is created. Since 2019-12-04.
    """
    trial_component_display_name: Final[str | None]
    """The display name for the trial component. If this key isn't specified, the display name is the
    trial component name. Since 2019-12-04.
    """
    run_name: Final[str | None]
    """The name of the experiment run to associate with the trial component. Since 2022-11-30."""
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        trial_name: str | None = None,
        trial_component_display_name: str | None = None,
        run_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        trial_component_display_name: str | None = ...,
        run_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExperimentSource(Shape):
    """The Amazon Resource Name (ARN) of the source and, optionally, the type."""

    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source. Since 2019-12-04."""
    source_type: Final[str | None]
    """The source type. Since 2019-12-04."""
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        source_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExperimentSummary(Shape):
    """A summary of the properties of an experiment. To get the complete set of properties, call the
    DescribeExperiment API and provide the ExperimentName .
    """

    experiment_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the experiment. Since 2019-12-04."""
    experiment_name: Final[str | None]
    """The name of the experiment. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the experiment as displayed. If DisplayName isn't specified, ExperimentName is
    displayed. Since 2019-12-04.
    """
    experiment_source: Final[ExperimentSource | None]
    """The source of the experiment. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the experiment was created. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the experiment was last modified. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_arn: str | None = None,
        experiment_name: str | None = None,
        display_name: str | None = None,
        experiment_source: ExperimentSource | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_arn: str | None = ...,
        experiment_name: str | None = ...,
        display_name: str | None = ...,
        experiment_source: ExperimentSource | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Explainability(Shape):
    """Metrics that help explain a model."""

    report: Final[MetricsSource | None]
    """The explainability report for a model. Since 2020-12-01."""
    def __init__(
        self,
        *,
        report: MetricsSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        report: MetricsSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExplainerConfig(Shape):
    """A member of CreateEndpointConfig that enables explainers."""

    clarify_explainer_config: Final[ClarifyExplainerConfig | None]
    """A member of ExplainerConfig that contains configuration parameters for the SageMaker Clarify
    explainer. Since 2022-09-30.
    """
    def __init__(
        self,
        *,
        clarify_explainer_config: ClarifyExplainerConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        clarify_explainer_config: ClarifyExplainerConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExtendTrainingPlanRequest(Shape):
    """No description on the pages."""

    training_plan_extension_offering_id: Final[str]
    """The unique identifier of the extension offering to purchase. You can retrieve this ID from the
    TrainingPlanExtensionOfferings in the response of the SearchTrainingPlanOfferings API. Since
    2026-03-11.
    """
    def __init__(
        self,
        *,
        training_plan_extension_offering_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_extension_offering_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ExtendTrainingPlanResponse(OutputShape):
    """The result of ``extend_training_plan`` (ExtendTrainingPlan)."""

    training_plan_extensions: Final[list[TrainingPlanExtension] | None]
    """The list of extensions for the training plan, including the newly created extension. Since
    2026-03-11.
    """
    def __init__(
        self,
        *,
        training_plan_extensions: list[TrainingPlanExtension] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_extensions: list[TrainingPlanExtension] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
