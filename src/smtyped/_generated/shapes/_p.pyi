# Generated stub. Do not edit.
# Every shape whose name starts with "P", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._c import CapacityReservationPreference, CapacityReservationPreferenceLiteral
from smtyped._generated.enums._m import (
    ManagedInstanceScalingScaleInStrategy,
    ManagedInstanceScalingScaleInStrategyLiteral,
    ManagedInstanceScalingStatus,
    ManagedInstanceScalingStatusLiteral,
)
from smtyped._generated.enums._p import (
    PartnerAppStatus,
    PartnerAppStatusLiteral,
    PartnerAppType,
    PartnerAppTypeLiteral,
    PipelineExecutionStatus,
    PipelineExecutionStatusLiteral,
    PipelineStatus,
    PipelineStatusLiteral,
    ProcessingInstanceType,
    ProcessingInstanceTypeLiteral,
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    ProcessingS3CompressionType,
    ProcessingS3CompressionTypeLiteral,
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3DataType,
    ProcessingS3DataTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
    ProcessingS3UploadMode,
    ProcessingS3UploadModeLiteral,
    ProductionVariantAcceleratorType,
    ProductionVariantAcceleratorTypeLiteral,
    ProductionVariantInferenceAmiVersion,
    ProductionVariantInferenceAmiVersionLiteral,
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
    ProjectStatus,
    ProjectStatusLiteral,
)
from smtyped._generated.enums._r import (
    RoutingStrategy,
    RoutingStrategyLiteral,
    RuleEvaluationStatus,
    RuleEvaluationStatusLiteral,
)
from smtyped._generated.enums._s import StepStatus, StepStatusLiteral
from smtyped._generated.enums._v import VariantStatus, VariantStatusLiteral
from smtyped._generated.shapes._a import AppSpecification, AutoMLJobStepMetadata, AutoParameter
from smtyped._generated.shapes._b import (
    BedrockCustomModelDeploymentMetadata,
    BedrockCustomModelMetadata,
    BedrockModelImportMetadata,
    BedrockProvisionedModelThroughputMetadata,
)
from smtyped._generated.shapes._c import (
    CacheHitResult,
    CallbackStepMetadata,
    CategoricalParameterRange,
    CategoricalParameterRangeSpecification,
    ClarifyCheckStepMetadata,
    ConditionStepMetadata,
    ContinuousParameterRange,
    ContinuousParameterRangeSpecification,
)
from smtyped._generated.shapes._d import DatasetDefinition, DeployedImage
from smtyped._generated.shapes._e import (
    Ec2CapacityReservation,
    EMRStepMetadata,
    EndpointConfigStepMetadata,
    EndpointStepMetadata,
    ExperimentConfig,
)
from smtyped._generated.shapes._f import FailStepMetadata
from smtyped._generated.shapes._i import (
    InferenceComponentMetadata,
    InstancePool,
    InstancePoolSummary,
    IntegerParameterRange,
    IntegerParameterRangeSpecification,
)
from smtyped._generated.shapes._j import JobStepMetadata
from smtyped._generated.shapes._l import LambdaStepMetadata, LineageMetadata
from smtyped._generated.shapes._m import ModelStepMetadata
from smtyped._generated.shapes._n import NetworkConfig
from smtyped._generated.shapes._q import QualityCheckStepMetadata
from smtyped._generated.shapes._r import RegisterModelStepMetadata, RoleGroupAssignment
from smtyped._generated.shapes._s import (
    SelectiveExecutionConfig,
    SelectiveExecutionResult,
    ServiceCatalogProvisionedProductDetails,
    ServiceCatalogProvisioningDetails,
)
from smtyped._generated.shapes._t import (
    Tag,
    TemplateProviderDetail,
    TrainingJobStepMetadata,
    TransformJobStepMetadata,
    TuningJobStepMetaData,
)
from smtyped._generated.shapes._u import USD, UserContext

class ParallelismConfiguration(Shape):
    """The parallelism configuration applied to the pipeline."""

    max_parallel_execution_steps: Final[int]
    """The max number of steps that can be executed in parallel. Since 2022-01-03."""
    def __init__(
        self,
        *,
        max_parallel_execution_steps: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_parallel_execution_steps: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Parameter(Shape):
    """Assigns a value to a named Pipeline parameter."""

    name: Final[str]
    """The name of the parameter to assign a value to. This parameter name must match a named parameter
    in the pipeline definition. Since 2020-12-01.
    """
    value: Final[str]
    """The literal value for the parameter. Since 2020-12-01."""
    def __init__(
        self,
        *,
        name: str,
        value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ParameterRange(Shape):
    """The allowed range for this hyperparameter."""

    integer_parameter_range_specification: Final[IntegerParameterRangeSpecification | None]
    """A IntegerParameterRangeSpecification object that defines the possible values for an integer
    hyperparameter. Since 2018-11-28.
    """
    continuous_parameter_range_specification: Final[ContinuousParameterRangeSpecification | None]
    """A ContinuousParameterRangeSpecification object that defines the possible values for a continuous
    hyperparameter. Since 2018-11-28.
    """
    categorical_parameter_range_specification: Final[CategoricalParameterRangeSpecification | None]
    """A CategoricalParameterRangeSpecification object that defines the possible values for a
    categorical hyperparameter. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        integer_parameter_range_specification: IntegerParameterRangeSpecification | None = None,
        continuous_parameter_range_specification: ContinuousParameterRangeSpecification | None = None,
        categorical_parameter_range_specification: CategoricalParameterRangeSpecification | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        integer_parameter_range_specification: IntegerParameterRangeSpecification | None = ...,
        continuous_parameter_range_specification: ContinuousParameterRangeSpecification | None = ...,
        categorical_parameter_range_specification: CategoricalParameterRangeSpecification | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ParameterRanges(Shape):
    """The ParameterRanges object that specifies the ranges of hyperparameters that this tuning job
    searches over to find the optimal configuration for the highest model performance against your
    chosen objective metric.
    """

    integer_parameter_ranges: Final[list[IntegerParameterRange] | None]
    """The array of IntegerParameterRange objects that specify ranges of integer hyperparameters that a
    hyperparameter tuning job searches. Since 2018-06-04.
    """
    continuous_parameter_ranges: Final[list[ContinuousParameterRange] | None]
    """The array of ContinuousParameterRange objects that specify ranges of continuous hyperparameters
    that a hyperparameter tuning job searches. Since 2018-06-04.
    """
    categorical_parameter_ranges: Final[list[CategoricalParameterRange] | None]
    """The array of CategoricalParameterRange objects that specify ranges of categorical
    hyperparameters that a hyperparameter tuning job searches. Since 2018-06-04.
    """
    auto_parameters: Final[list[AutoParameter] | None]
    """A list containing hyperparameter names and example values to be used by Autotune to determine
    optimal ranges for your tuning job. Since 2023-05-25.
    """
    def __init__(
        self,
        *,
        integer_parameter_ranges: list[IntegerParameterRange] | None = None,
        continuous_parameter_ranges: list[ContinuousParameterRange] | None = None,
        categorical_parameter_ranges: list[CategoricalParameterRange] | None = None,
        auto_parameters: list[AutoParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        integer_parameter_ranges: list[IntegerParameterRange] | None = ...,
        continuous_parameter_ranges: list[ContinuousParameterRange] | None = ...,
        categorical_parameter_ranges: list[CategoricalParameterRange] | None = ...,
        auto_parameters: list[AutoParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Parent(Shape):
    """The trial that a trial component is associated with and the experiment the trial is part of. A
    component might not be associated with a trial. A component can be associated with multiple
    trials.
    """

    trial_name: Final[str | None]
    """The name of the trial. Since 2019-12-04."""
    experiment_name: Final[str | None]
    """The name of the experiment. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_name: str | None = None,
        experiment_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str | None = ...,
        experiment_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ParentHyperParameterTuningJob(Shape):
    """A previously completed or stopped hyperparameter tuning job to be used as a starting point for a
    new hyperparameter tuning job.
    """

    hyper_parameter_tuning_job_name: Final[str | None]
    """The name of the hyperparameter tuning job to be used as a starting point for a new
    hyperparameter tuning job. Since 2018-11-14.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PartnerAppConfig(Shape):
    """Configuration settings for the SageMaker Partner AI App."""

    admin_users: Final[list[str] | None]
    """The list of users that are given admin access to the SageMaker Partner AI App. Since 2024-12-04.
    """
    arguments: Final[dict[str, str] | None]
    """This is a map of required inputs for a SageMaker Partner AI App. Based on the application type,
    the map is populated with a key and value pair that is specific to the user and application.
    Since 2024-12-04.
    """
    assigned_group_patterns: Final[list[str] | None]
    """A list of Amazon Web Services IAM Identity Center group patterns that can access the SageMaker
    Partner AI App. Group names support wildcard matching using *. An empty list indicates the app
    will not use Identity Center group features. All groups specified in RoleGroupAssignments must
    match patterns in this list. Since 2025-11-13.
    """
    role_group_assignments: Final[list[RoleGroupAssignment] | None]
    """A map of in-app roles to Amazon Web Services IAM Identity Center group patterns. Groups assigned
    to specific roles receive those permissions, while groups in AssignedGroupPatterns but not in
    this map receive default in-app role depending on app type. Group patterns support wildcard
    matching using *. Currently supported by Fiddler version 1.3 and later with roles: ORG_MEMBER
    (default) and ORG_ADMIN. Since 2025-11-13.
    """
    def __init__(
        self,
        *,
        admin_users: list[str] | None = None,
        arguments: dict[str, str] | None = None,
        assigned_group_patterns: list[str] | None = None,
        role_group_assignments: list[RoleGroupAssignment] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        admin_users: list[str] | None = ...,
        arguments: dict[str, str] | None = ...,
        assigned_group_patterns: list[str] | None = ...,
        role_group_assignments: list[RoleGroupAssignment] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PartnerAppMaintenanceConfig(Shape):
    """Maintenance configuration settings for the SageMaker Partner AI App."""

    maintenance_window_start: Final[str | None]
    """The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that
    weekly maintenance updates are scheduled. This value must take the following format:
    3-letter-day:24-h-hour:minute. For example: TUE:03:30. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        maintenance_window_start: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        maintenance_window_start: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PartnerAppSummary(Shape):
    """A subset of information related to a SageMaker Partner AI App. This information is used as part
    of the ListPartnerApps API response.
    """

    arn: Final[str | None]
    """The ARN of the SageMaker Partner AI App. Since 2024-12-04."""
    name: Final[str | None]
    """The name of the SageMaker Partner AI App. Since 2024-12-04."""
    type: Final[PartnerAppType | None]
    """The type of SageMaker Partner AI App to create. Must be one of the following: lakera-guard ,
    comet , deepchecks-llm-evaluation , or fiddler . Since 2024-12-04.
    """
    status: Final[PartnerAppStatus | None]
    """The status of the SageMaker Partner AI App. Since 2024-12-04."""
    creation_time: Final[datetime | None]
    """The creation time of the SageMaker Partner AI App. Since 2024-12-04."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        type: PartnerAppType | PartnerAppTypeLiteral | None = None,
        status: PartnerAppStatus | PartnerAppStatusLiteral | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        name: str | None = ...,
        type: PartnerAppType | PartnerAppTypeLiteral | None = ...,
        status: PartnerAppStatus | PartnerAppStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PendingDeploymentSummary(Shape):
    """Returns the summary of an in-progress deployment. This field is only returned when the endpoint
    is creating or updating with a new endpoint configuration.
    """

    endpoint_config_name: Final[str | None]
    """The name of the endpoint configuration used in the deployment. Since 2021-11-08."""
    production_variants: Final[list[PendingProductionVariantSummary] | None]
    """An array of PendingProductionVariantSummary objects, one for each model hosted behind this
    endpoint for the in-progress deployment. Since 2021-11-08.
    """
    start_time: Final[datetime | None]
    """The start time of the deployment. Since 2021-11-08."""
    shadow_production_variants: Final[list[PendingProductionVariantSummary] | None]
    """An array of PendingProductionVariantSummary objects, one for each model hosted behind this
    endpoint in shadow mode with production traffic replicated from the model specified on
    ProductionVariants for the in-progress deployment. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        endpoint_config_name: str | None = None,
        production_variants: list[PendingProductionVariantSummary] | None = None,
        start_time: datetime | None = None,
        shadow_production_variants: list[PendingProductionVariantSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_name: str | None = ...,
        production_variants: list[PendingProductionVariantSummary] | None = ...,
        start_time: datetime | None = ...,
        shadow_production_variants: list[PendingProductionVariantSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PendingProductionVariantSummary(Shape):
    """The production variant summary for a deployment when an endpoint is creating or updating with
    the CreateEndpoint or UpdateEndpoint operations. Describes the ``VariantStatus ``, weight and
    capacity for a production variant associated with an endpoint.
    """

    variant_name: Final[str | None]
    """The name of the variant. Since 2021-11-08."""
    deployed_images: Final[list[DeployedImage] | None]
    """An array of DeployedImage objects that specify the Amazon EC2 Container Registry paths of the
    inference images deployed on instances of this ProductionVariant. Since 2021-11-08.
    """
    current_weight: Final[float | None]
    """The weight associated with the variant. Since 2021-11-08."""
    desired_weight: Final[float | None]
    """The requested weight for the variant in this deployment, as specified in the endpoint
    configuration for the endpoint. The value is taken from the request to the CreateEndpointConfig
    operation. Since 2021-11-08.
    """
    current_instance_count: Final[int | None]
    """The number of instances associated with the variant. Since 2021-11-08."""
    desired_instance_count: Final[int | None]
    """The number of instances requested in this deployment, as specified in the endpoint configuration
    for the endpoint. The value is taken from the request to the CreateEndpointConfig operation.
    Since 2021-11-08.
    """
    instance_type: Final[ProductionVariantInstanceType | None]
    """The type of instances associated with the variant. Since 2021-11-08."""
    instance_pools: Final[list[InstancePoolSummary] | None]
    """A list of instance pools for the production variant. Each pool indicates the instance type and
    the current number of instances of that type. Since 2026-04-30.
    """
    accelerator_type: Final[ProductionVariantAcceleratorType | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2021-11-08.
    """
    variant_status: Final[list[ProductionVariantStatus] | None]
    """The endpoint variant status which describes the current deployment stage status or operational
    status. Since 2021-11-08.
    """
    current_serverless_config: Final[ProductionVariantServerlessConfig | None]
    """The serverless configuration for the endpoint. Since 2021-12-01."""
    desired_serverless_config: Final[ProductionVariantServerlessConfig | None]
    """The serverless configuration requested for this deployment, as specified in the endpoint
    configuration for the endpoint. Since 2021-12-01.
    """
    managed_instance_scaling: Final[ProductionVariantManagedInstanceScaling | None]
    """Settings that control the range in the number of instances that the endpoint provisions as it
    scales up or down to accommodate traffic. Since 2023-11-29.
    """
    routing_config: Final[ProductionVariantRoutingConfig | None]
    """Settings that control how the endpoint routes incoming traffic to the instances that the
    endpoint hosts. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        variant_name: str | None = None,
        deployed_images: list[DeployedImage] | None = None,
        current_weight: float | None = None,
        desired_weight: float | None = None,
        current_instance_count: int | None = None,
        desired_instance_count: int | None = None,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        instance_pools: list[InstancePoolSummary] | None = None,
        accelerator_type: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral | None = None,
        variant_status: list[ProductionVariantStatus] | None = None,
        current_serverless_config: ProductionVariantServerlessConfig | None = None,
        desired_serverless_config: ProductionVariantServerlessConfig | None = None,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None,
        routing_config: ProductionVariantRoutingConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        variant_name: str | None = ...,
        deployed_images: list[DeployedImage] | None = ...,
        current_weight: float | None = ...,
        desired_weight: float | None = ...,
        current_instance_count: int | None = ...,
        desired_instance_count: int | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        instance_pools: list[InstancePoolSummary] | None = ...,
        accelerator_type: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral | None = ...,
        variant_status: list[ProductionVariantStatus] | None = ...,
        current_serverless_config: ProductionVariantServerlessConfig | None = ...,
        desired_serverless_config: ProductionVariantServerlessConfig | None = ...,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = ...,
        routing_config: ProductionVariantRoutingConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Phase(Shape):
    """Defines the traffic pattern."""

    initial_number_of_users: Final[int | None]
    """Specifies how many concurrent users to start with. The value should be between 1 and 3. Since
    2021-12-01.
    """
    spawn_rate: Final[int | None]
    """Specified how many new users to spawn in a minute. Since 2021-12-01."""
    duration_in_seconds: Final[int | None]
    """Specifies how long a traffic phase should be. For custom load tests, the value should be between
    120 and 3600. This value should not exceed JobDurationInSeconds. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        initial_number_of_users: int | None = None,
        spawn_rate: int | None = None,
        duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        initial_number_of_users: int | None = ...,
        spawn_rate: int | None = ...,
        duration_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Pipeline(Shape):
    """A SageMaker Model Building Pipeline instance."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2020-12-01."""
    pipeline_name: Final[str | None]
    """The name of the pipeline. Since 2020-12-01."""
    pipeline_display_name: Final[str | None]
    """The display name of the pipeline. Since 2020-12-01."""
    pipeline_description: Final[str | None]
    """The description of the pipeline. Since 2020-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the role that created the pipeline. Since 2020-12-01."""
    pipeline_status: Final[PipelineStatus | None]
    """The status of the pipeline. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The creation time of the pipeline. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The time that the pipeline was last modified. Since 2020-12-01."""
    last_run_time: Final[datetime | None]
    """The time when the pipeline was last run. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """The parallelism configuration applied to the pipeline. Since 2022-01-03."""
    tags: Final[list[Tag] | None]
    """A list of tags that apply to the pipeline. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_name: str | None = None,
        pipeline_display_name: str | None = None,
        pipeline_description: str | None = None,
        role_arn: str | None = None,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        last_run_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_by: UserContext | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_run_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineDefinitionS3Location(Shape):
    """The location of the pipeline definition stored in Amazon S3. If specified, SageMaker will
    retrieve the pipeline definition from this location.
    """

    bucket: Final[str]
    """Name of the S3 bucket. Since 2022-01-03."""
    object_key: Final[str]
    """The object key (or key name) uniquely identifies the object in an S3 bucket. Since 2022-01-03.
    """
    version_id: Final[str | None]
    """Version Id of the pipeline definition file. If not specified, Amazon SageMaker will retrieve the
    latest version. Since 2022-01-03.
    """
    def __init__(
        self,
        *,
        bucket: str,
        object_key: str,
        version_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        bucket: str = ...,
        object_key: str = ...,
        version_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineExecution(Shape):
    """An execution of a pipeline."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline that was executed. Since 2020-12-01."""
    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_display_name: Final[str | None]
    """The display name of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_status: Final[PipelineExecutionStatus | None]
    """The status of the pipeline status. Since 2020-12-01."""
    pipeline_execution_description: Final[str | None]
    """The description of the pipeline execution. Since 2020-12-01."""
    pipeline_experiment_config: Final[PipelineExperimentConfig | None]
    """Specifies the names of the experiment and trial created by a pipeline. Since 2021-06-07."""
    failure_reason: Final[str | None]
    """If the execution failed, a message describing why. Since 2021-06-07."""
    creation_time: Final[datetime | None]
    """The creation time of the pipeline execution. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The time that the pipeline execution was last modified. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """The parallelism configuration applied to the pipeline execution. Since 2022-01-03."""
    pipeline_parameters: Final[list[Parameter] | None]
    """Contains a list of pipeline parameters. This list can be empty. Since 2020-12-01."""
    selective_execution_config: Final[SelectiveExecutionConfig | None]
    """The selective execution configuration applied to the pipeline run. Since 2023-06-02. No
    change-log page shows it: taken from botocore's model.
    """
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version that started this execution. Since 2025-07-15. No change-log page
    shows it: taken from botocore's model.
    """
    pipeline_version_display_name: Final[str | None]
    """The display name of the pipeline version that started this execution. Since 2025-07-15. No
    change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_execution_arn: str | None = None,
        pipeline_execution_display_name: str | None = None,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = None,
        pipeline_execution_description: str | None = None,
        pipeline_experiment_config: PipelineExperimentConfig | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_by: UserContext | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        pipeline_parameters: list[Parameter] | None = None,
        selective_execution_config: SelectiveExecutionConfig | None = None,
        pipeline_version_id: int | None = None,
        pipeline_version_display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_execution_arn: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_experiment_config: PipelineExperimentConfig | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        pipeline_parameters: list[Parameter] | None = ...,
        selective_execution_config: SelectiveExecutionConfig | None = ...,
        pipeline_version_id: int | None = ...,
        pipeline_version_display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineExecutionStep(Shape):
    """An execution of a step in a pipeline."""

    step_name: Final[str | None]
    """The name of the step that is executed. Since 2020-12-01."""
    step_display_name: Final[str | None]
    """The display name of the step. Since 2022-01-03."""
    step_description: Final[str | None]
    """The description of the step. Since 2022-01-03."""
    start_time: Final[datetime | None]
    """The time that the step started executing. Since 2020-12-01."""
    end_time: Final[datetime | None]
    """The time that the step stopped executing. Since 2020-12-01."""
    step_status: Final[StepStatus | None]
    """The status of the step execution. Since 2020-12-01."""
    cache_hit_result: Final[CacheHitResult | None]
    """If this pipeline execution step was cached, details on the cache hit. Since 2020-12-01."""
    failure_reason: Final[str | None]
    """The reason why the step failed execution. This is only returned if the step failed its
    execution. Since 2020-12-01.
    """
    metadata: Final[PipelineExecutionStepMetadata | None]
    """Metadata to run the pipeline step. Since 2020-12-01."""
    attempt_count: Final[int | None]
    """The current attempt of the execution step. For more information, see Retry Policy for SageMaker
    Pipelines steps. Since 2021-12-08.
    """
    selective_execution_result: Final[SelectiveExecutionResult | None]
    """The ARN from an execution of the current pipeline from which results are reused for this step.
    Since 2023-06-02.
    """
    def __init__(
        self,
        *,
        step_name: str | None = None,
        step_display_name: str | None = None,
        step_description: str | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        step_status: StepStatus | StepStatusLiteral | None = None,
        cache_hit_result: CacheHitResult | None = None,
        failure_reason: str | None = None,
        metadata: PipelineExecutionStepMetadata | None = None,
        attempt_count: int | None = None,
        selective_execution_result: SelectiveExecutionResult | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        step_name: str | None = ...,
        step_display_name: str | None = ...,
        step_description: str | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        step_status: StepStatus | StepStatusLiteral | None = ...,
        cache_hit_result: CacheHitResult | None = ...,
        failure_reason: str | None = ...,
        metadata: PipelineExecutionStepMetadata | None = ...,
        attempt_count: int | None = ...,
        selective_execution_result: SelectiveExecutionResult | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineExecutionStepMetadata(Shape):
    """Metadata to run the pipeline step."""

    training_job: Final[TrainingJobStepMetadata | None]
    """The Amazon Resource Name (ARN) of the training job that was run by this step execution. Since
    2020-12-01.
    """
    processing_job: Final[ProcessingJobStepMetadata | None]
    """The Amazon Resource Name (ARN) of the processing job that was run by this step execution. Since
    2020-12-01.
    """
    transform_job: Final[TransformJobStepMetadata | None]
    """The Amazon Resource Name (ARN) of the transform job that was run by this step execution. Since
    2020-12-01.
    """
    tuning_job: Final[TuningJobStepMetaData | None]
    """The Amazon Resource Name (ARN) of the tuning job that was run by this step execution. Since
    2021-07-09.
    """
    model: Final[ModelStepMetadata | None]
    """The Amazon Resource Name (ARN) of the model that was created by this step execution. Since
    2020-12-01.
    """
    register_model: Final[RegisterModelStepMetadata | None]
    """The Amazon Resource Name (ARN) of the model package that the model was registered to by this
    step execution. Since 2020-12-01.
    """
    condition: Final[ConditionStepMetadata | None]
    """The outcome of the condition evaluation that was run by this step execution. Since 2020-12-01.
    """
    callback: Final[CallbackStepMetadata | None]
    """The URL of the Amazon SQS queue used by this step execution, the pipeline generated token, and a
    list of output parameters. Since 2021-06-07.
    """
    lambda_: Final[LambdaStepMetadata | None]
    """The Amazon Resource Name (ARN) of the Lambda function that was run by this step execution and a
    list of output parameters. Since 2021-07-30.
    """
    emr: Final[EMRStepMetadata | None]
    """The configurations and outcomes of an Amazon EMR step execution. Since 2022-01-03."""
    quality_check: Final[QualityCheckStepMetadata | None]
    """The configurations and outcomes of the check step execution. This includes: Since 2021-12-01.
    """
    clarify_check: Final[ClarifyCheckStepMetadata | None]
    """Container for the metadata for a Clarify check step. The configurations and outcomes of the
    check step execution. This includes: Since 2021-12-01.
    """
    fail: Final[FailStepMetadata | None]
    """The configurations and outcomes of a Fail step execution. Since 2022-01-26."""
    auto_ml_job: Final[AutoMLJobStepMetadata | None]
    """The Amazon Resource Name (ARN) of the AutoML job that was run by this step. Since 2022-11-30.
    """
    endpoint: Final[EndpointStepMetadata | None]
    """The endpoint that was invoked during this step execution. Since 2024-08-16."""
    endpoint_config: Final[EndpointConfigStepMetadata | None]
    """The endpoint configuration used to create an endpoint during this step execution. Since
    2024-08-16.
    """
    bedrock_custom_model: Final[BedrockCustomModelMetadata | None]
    """The metadata of the Amazon Bedrock custom model used in the pipeline execution step. Since
    2025-12-03.
    """
    bedrock_custom_model_deployment: Final[BedrockCustomModelDeploymentMetadata | None]
    """The metadata of the Amazon Bedrock custom model deployment used in pipeline execution step.
    Since 2025-12-03.
    """
    bedrock_provisioned_model_throughput: Final[BedrockProvisionedModelThroughputMetadata | None]
    """The metadata of the Amazon Bedrock provisioned model throughput used in the pipeline execution
    step. Since 2025-12-03.
    """
    bedrock_model_import: Final[BedrockModelImportMetadata | None]
    """The metadata of Amazon Bedrock model import used in pipeline execution step. Since 2025-12-03.
    """
    inference_component: Final[InferenceComponentMetadata | None]
    """The metadata of the inference component used in pipeline execution step. Since 2025-12-03."""
    lineage: Final[LineageMetadata | None]
    """The metadata of the lineage used in pipeline execution step. Since 2025-12-03."""
    job: Final[JobStepMetadata | None]
    """The metadata for a SageMaker job used in a pipeline execution step. Since 2026-06-02."""
    def __init__(
        self,
        *,
        training_job: TrainingJobStepMetadata | None = None,
        processing_job: ProcessingJobStepMetadata | None = None,
        transform_job: TransformJobStepMetadata | None = None,
        tuning_job: TuningJobStepMetaData | None = None,
        model: ModelStepMetadata | None = None,
        register_model: RegisterModelStepMetadata | None = None,
        condition: ConditionStepMetadata | None = None,
        callback: CallbackStepMetadata | None = None,
        lambda_: LambdaStepMetadata | None = None,
        emr: EMRStepMetadata | None = None,
        quality_check: QualityCheckStepMetadata | None = None,
        clarify_check: ClarifyCheckStepMetadata | None = None,
        fail: FailStepMetadata | None = None,
        auto_ml_job: AutoMLJobStepMetadata | None = None,
        endpoint: EndpointStepMetadata | None = None,
        endpoint_config: EndpointConfigStepMetadata | None = None,
        bedrock_custom_model: BedrockCustomModelMetadata | None = None,
        bedrock_custom_model_deployment: BedrockCustomModelDeploymentMetadata | None = None,
        bedrock_provisioned_model_throughput: BedrockProvisionedModelThroughputMetadata | None = None,
        bedrock_model_import: BedrockModelImportMetadata | None = None,
        inference_component: InferenceComponentMetadata | None = None,
        lineage: LineageMetadata | None = None,
        job: JobStepMetadata | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job: TrainingJobStepMetadata | None = ...,
        processing_job: ProcessingJobStepMetadata | None = ...,
        transform_job: TransformJobStepMetadata | None = ...,
        tuning_job: TuningJobStepMetaData | None = ...,
        model: ModelStepMetadata | None = ...,
        register_model: RegisterModelStepMetadata | None = ...,
        condition: ConditionStepMetadata | None = ...,
        callback: CallbackStepMetadata | None = ...,
        lambda_: LambdaStepMetadata | None = ...,
        emr: EMRStepMetadata | None = ...,
        quality_check: QualityCheckStepMetadata | None = ...,
        clarify_check: ClarifyCheckStepMetadata | None = ...,
        fail: FailStepMetadata | None = ...,
        auto_ml_job: AutoMLJobStepMetadata | None = ...,
        endpoint: EndpointStepMetadata | None = ...,
        endpoint_config: EndpointConfigStepMetadata | None = ...,
        bedrock_custom_model: BedrockCustomModelMetadata | None = ...,
        bedrock_custom_model_deployment: BedrockCustomModelDeploymentMetadata | None = ...,
        bedrock_provisioned_model_throughput: BedrockProvisionedModelThroughputMetadata | None = ...,
        bedrock_model_import: BedrockModelImportMetadata | None = ...,
        inference_component: InferenceComponentMetadata | None = ...,
        lineage: LineageMetadata | None = ...,
        job: JobStepMetadata | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineExecutionSummary(Shape):
    """A pipeline execution summary."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    start_time: Final[datetime | None]
    """The start time of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_status: Final[PipelineExecutionStatus | None]
    """The status of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_description: Final[str | None]
    """The description of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_display_name: Final[str | None]
    """The display name of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_failure_reason: Final[str | None]
    """A message generated by SageMaker Pipelines describing why the pipeline execution failed. Since
    2022-01-26.
    """
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = None,
        start_time: datetime | None = None,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = None,
        pipeline_execution_description: str | None = None,
        pipeline_execution_display_name: str | None = None,
        pipeline_execution_failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        start_time: datetime | None = ...,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        pipeline_execution_failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineExperimentConfig(Shape):
    """Specifies the names of the experiment and trial created by a pipeline."""

    experiment_name: Final[str | None]
    """The name of the experiment. Since 2021-06-07."""
    trial_name: Final[str | None]
    """The name of the trial. Since 2021-06-07."""
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        trial_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineSummary(Shape):
    """A summary of a pipeline."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2020-12-01."""
    pipeline_name: Final[str | None]
    """The name of the pipeline. Since 2020-12-01."""
    pipeline_display_name: Final[str | None]
    """The display name of the pipeline. Since 2020-12-01."""
    pipeline_description: Final[str | None]
    """The description of the pipeline. Since 2020-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that the pipeline used to execute. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The creation time of the pipeline. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The time that the pipeline was last modified. Since 2020-12-01."""
    last_execution_time: Final[datetime | None]
    """The last time that a pipeline execution began. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_name: str | None = None,
        pipeline_display_name: str | None = None,
        pipeline_description: str | None = None,
        role_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        last_execution_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_execution_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineVersion(Shape):
    """The version of the pipeline."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15. No change-log page shows it:
    taken from botocore's model.
    """
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version. Since 2025-07-15. No change-log page shows it: taken from
    botocore's model.
    """
    pipeline_version_display_name: Final[str | None]
    """The display name of the pipeline version. Since 2025-07-15. No change-log page shows it: taken
    from botocore's model.
    """
    pipeline_version_description: Final[str | None]
    """The description of the pipeline version. Since 2025-07-15. No change-log page shows it: taken
    from botocore's model.
    """
    creation_time: Final[datetime | None]
    """The creation time of the pipeline version. Since 2025-07-15. No change-log page shows it: taken
    from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """The time when the pipeline version was last modified. Since 2025-07-15. No change-log page shows
    it: taken from botocore's model.
    """
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2025-07-15. No
    change-log page shows it: taken from botocore's model.
    """
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2025-07-15. No
    change-log page shows it: taken from botocore's model.
    """
    last_executed_pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the most recent pipeline execution created from this pipeline
    version. Since 2025-07-15. No change-log page shows it: taken from botocore's model.
    """
    last_executed_pipeline_execution_display_name: Final[str | None]
    """The display name of the most recent pipeline execution created from this pipeline version. Since
    2025-07-15. No change-log page shows it: taken from botocore's model.
    """
    last_executed_pipeline_execution_status: Final[PipelineExecutionStatus | None]
    """The status of the most recent pipeline execution created from this pipeline version. Since
    2025-07-15. No change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_version_id: int | None = None,
        pipeline_version_display_name: str | None = None,
        pipeline_version_description: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_by: UserContext | None = None,
        last_executed_pipeline_execution_arn: str | None = None,
        last_executed_pipeline_execution_display_name: str | None = None,
        last_executed_pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_version_id: int | None = ...,
        pipeline_version_display_name: str | None = ...,
        pipeline_version_description: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        last_executed_pipeline_execution_arn: str | None = ...,
        last_executed_pipeline_execution_display_name: str | None = ...,
        last_executed_pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PipelineVersionSummary(Shape):
    """The summary of the pipeline version."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version. Since 2025-07-15."""
    creation_time: Final[datetime | None]
    """The creation time of the pipeline version. Since 2025-07-15."""
    pipeline_version_description: Final[str | None]
    """The description of the pipeline version. Since 2025-07-15."""
    pipeline_version_display_name: Final[str | None]
    """The display name of the pipeline version. Since 2025-07-15."""
    last_execution_pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the most recent pipeline execution created from this pipeline
    version. Since 2025-07-15.
    """
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_version_id: int | None = None,
        creation_time: datetime | None = None,
        pipeline_version_description: str | None = None,
        pipeline_version_display_name: str | None = None,
        last_execution_pipeline_execution_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_version_id: int | None = ...,
        creation_time: datetime | None = ...,
        pipeline_version_description: str | None = ...,
        pipeline_version_display_name: str | None = ...,
        last_execution_pipeline_execution_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PlacementSpecification(Shape):
    """Specifies how instances should be placed on a specific UltraServer."""

    ultra_server_id: Final[str | None]
    """The unique identifier of the UltraServer where instances should be placed. Since 2025-08-08.
    """
    instance_count: Final[int]
    """The number of ML compute instances required to be placed together on the same UltraServer.
    Minimum value of 1. Since 2025-08-08.
    """
    def __init__(
        self,
        *,
        instance_count: int,
        ultra_server_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ultra_server_id: str | None = ...,
        instance_count: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PredefinedMetricSpecification(Shape):
    """Information about a predefined metric."""

    predefined_metric_type: Final[str | None]
    """The metric type. You can only apply SageMaker metric types to SageMaker endpoints. Since
    2023-08-02.
    """
    def __init__(
        self,
        *,
        predefined_metric_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        predefined_metric_type: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PresignedUrlAccessConfig(Shape):
    """Configuration settings for accessing the hub content, including end-user license agreement
    acceptance for gated models and expected S3 URL validation.
    """

    accept_eula: Final[bool | None]
    """Indicates acceptance of the End User License Agreement (EULA) for gated models. Set to true to
    acknowledge acceptance of the license terms required for accessing gated content. Since
    2025-07-03.
    """
    expected_s3_url: Final[str | None]
    """The expected S3 URL prefix for validation purposes. This parameter helps ensure consistency
    between the resolved S3 URIs and the deployment configuration, reducing potential compatibility
    issues. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        accept_eula: bool | None = None,
        expected_s3_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        accept_eula: bool | None = ...,
        expected_s3_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PriorityClass(Shape):
    """Priority class configuration. When included in PriorityClasses, these class configurations
    define how tasks are queued.
    """

    name: Final[str]
    """Name of the priority class. Since 2024-12-04."""
    weight: Final[int]
    """Weight of the priority class. The value is within a range from 0 to 100, where 0 is the default.
    Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        name: str,
        weight: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        weight: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingClusterConfig(Shape):
    """The configuration for the resources in a cluster used to run the processing job."""

    instance_count: Final[int]
    """The number of ML compute instances to use in the processing job. For distributed processing
    jobs, specify a value greater than 1. The default value is 1. Since 2019-12-04.
    """
    instance_type: Final[ProcessingInstanceType]
    """The ML compute instance type for the processing job. Since 2019-12-04."""
    volume_size_in_gb: Final[int]
    """The size of the ML storage volume in gigabytes that you want to provision. You must specify
    sufficient ML storage for your scenario. Since 2019-12-04.
    """
    volume_kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that
    run the processing job. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        instance_count: int,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral,
        volume_size_in_gb: int,
        volume_kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_count: int = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral = ...,
        volume_size_in_gb: int = ...,
        volume_kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingFeatureStoreOutput(Shape):
    """Configuration for processing job outputs in Amazon SageMaker Feature Store. This processing
    output type is only supported when AppManaged is specified.
    """

    feature_group_name: Final[str]
    """The name of the Amazon SageMaker FeatureGroup to use as the destination for processing job
    output. Note that your processing script is responsible for putting records into your Feature
    Store. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        feature_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingInput(Shape):
    """The inputs for a processing job. The processing input must specify exactly one of either S3Input
    or DatasetDefinition types.
    """

    input_name: Final[str]
    """The name for the processing job input. Since 2019-12-04."""
    app_managed: Final[bool | None]
    """When True, input operations such as data download are managed natively by the processing job
    application. When False (default), input operations are managed by Amazon SageMaker. Since
    2020-12-01.
    """
    s3_input: Final[ProcessingS3Input | None]
    """Configuration for downloading input data from Amazon S3 into the processing container. Since
    2019-12-04.
    """
    dataset_definition: Final[DatasetDefinition | None]
    """Configuration for a Dataset Definition input. Since 2020-12-01."""
    def __init__(
        self,
        *,
        input_name: str,
        app_managed: bool | None = None,
        s3_input: ProcessingS3Input | None = None,
        dataset_definition: DatasetDefinition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        input_name: str = ...,
        app_managed: bool | None = ...,
        s3_input: ProcessingS3Input | None = ...,
        dataset_definition: DatasetDefinition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingJob(Shape):
    """Information about a processing job that's the source of a trial component."""

    processing_inputs: Final[list[ProcessingInput] | None]
    """List of input configurations for the processing job. Since 2020-04-16."""
    processing_output_config: Final[ProcessingOutputConfig | None]
    """Configuration for uploading output from the processing container. Since 2020-04-16."""
    processing_job_name: Final[str | None]
    """The name of the processing job. Since 2020-04-16."""
    processing_resources: Final[ProcessingResources | None]
    """Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
    processing job. In distributed training, you specify more than one instance. Since 2020-04-16.
    """
    stopping_condition: Final[ProcessingStoppingCondition | None]
    """Configures conditions under which the processing job should be stopped, such as how long the
    processing job has been running. After the condition is met, the processing job is stopped.
    Since 2020-04-16.
    """
    app_specification: Final[AppSpecification | None]
    """Configuration to run a processing job in a specified container image. Since 2020-04-16."""
    environment: Final[dict[str, str] | None]
    """Sets the environment variables in the Docker container. Since 2020-04-16."""
    network_config: Final[NetworkConfig | None]
    """Networking options for a job, such as network traffic encryption between containers, whether to
    allow inbound and outbound network calls to and from containers, and the VPC subnets and
    security groups to use for VPC-enabled jobs. Since 2020-04-16.
    """
    role_arn: Final[str | None]
    """The ARN of the role used to create the processing job. Since 2020-04-16."""
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs:    CreateProcessingJob Since 2020-04-16.
    """
    processing_job_arn: Final[str | None]
    """The ARN of the processing job. Since 2020-04-16."""
    processing_job_status: Final[ProcessingJobStatus | None]
    """The status of the processing job. Since 2020-04-16."""
    exit_message: Final[str | None]
    """A string, up to one KB in size, that contains metadata from the processing container when the
    processing job exits. Since 2020-04-16.
    """
    failure_reason: Final[str | None]
    """A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
    Since 2020-04-16.
    """
    processing_end_time: Final[datetime | None]
    """The time that the processing job ended. Since 2020-04-16."""
    processing_start_time: Final[datetime | None]
    """The time that the processing job started. Since 2020-04-16."""
    last_modified_time: Final[datetime | None]
    """The time the processing job was last modified. Since 2020-04-16."""
    creation_time: Final[datetime | None]
    """The time the processing job was created. Since 2020-04-16."""
    monitoring_schedule_arn: Final[str | None]
    """The ARN of a monitoring schedule for an endpoint associated with this processing job. Since
    2020-04-16.
    """
    auto_ml_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AutoML job associated with this processing job. Since
    2020-04-16.
    """
    training_job_arn: Final[str | None]
    """The ARN of the training job associated with this processing job. Since 2020-04-16."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. For more information, see Using Cost Allocation Tags in the Amazon
    Web Services Billing and Cost Management User Guide. Since 2020-04-16.
    """
    def __init__(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = None,
        processing_output_config: ProcessingOutputConfig | None = None,
        processing_job_name: str | None = None,
        processing_resources: ProcessingResources | None = None,
        stopping_condition: ProcessingStoppingCondition | None = None,
        app_specification: AppSpecification | None = None,
        environment: dict[str, str] | None = None,
        network_config: NetworkConfig | None = None,
        role_arn: str | None = None,
        experiment_config: ExperimentConfig | None = None,
        processing_job_arn: str | None = None,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = None,
        exit_message: str | None = None,
        failure_reason: str | None = None,
        processing_end_time: datetime | None = None,
        processing_start_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        monitoring_schedule_arn: str | None = None,
        auto_ml_job_arn: str | None = None,
        training_job_arn: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = ...,
        processing_output_config: ProcessingOutputConfig | None = ...,
        processing_job_name: str | None = ...,
        processing_resources: ProcessingResources | None = ...,
        stopping_condition: ProcessingStoppingCondition | None = ...,
        app_specification: AppSpecification | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        processing_job_arn: str | None = ...,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = ...,
        exit_message: str | None = ...,
        failure_reason: str | None = ...,
        processing_end_time: datetime | None = ...,
        processing_start_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        monitoring_schedule_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        training_job_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingJobStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the processing job that was run by this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the processing job. Since 2020-12-01."""
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

class ProcessingJobSummary(Shape):
    """Summary of information about a processing job."""

    processing_job_name: Final[str | None]
    """The name of the processing job. Since 2019-12-04."""
    processing_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the processing job.. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The time at which the processing job was created. Since 2019-12-04."""
    processing_end_time: Final[datetime | None]
    """The time at which the processing job completed. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates the last time the processing job was modified. Since 2019-12-04.
    """
    processing_job_status: Final[ProcessingJobStatus | None]
    """The status of the processing job. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
    Since 2019-12-04.
    """
    exit_message: Final[str | None]
    """An optional string, up to one KB in size, that contains metadata from the processing container
    when the processing job exits. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        processing_job_name: str | None = None,
        processing_job_arn: str | None = None,
        creation_time: datetime | None = None,
        processing_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = None,
        failure_reason: str | None = None,
        exit_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_job_name: str | None = ...,
        processing_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        processing_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        exit_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingOutput(Shape):
    """Describes the results of a processing job. The processing output must specify exactly one of
    either S3Output or FeatureStoreOutput types.
    """

    output_name: Final[str]
    """The name for the processing job output. Since 2019-12-04."""
    s3_output: Final[ProcessingS3Output | None]
    """Configuration for processing job outputs in Amazon S3. Since 2019-12-04."""
    feature_store_output: Final[ProcessingFeatureStoreOutput | None]
    """Configuration for processing job outputs in Amazon SageMaker Feature Store. This processing
    output type is only supported when AppManaged is specified. Since 2020-12-01.
    """
    app_managed: Final[bool | None]
    """When True, output operations such as data upload are managed natively by the processing job
    application. When False (default), output operations are managed by Amazon SageMaker. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        output_name: str,
        s3_output: ProcessingS3Output | None = None,
        feature_store_output: ProcessingFeatureStoreOutput | None = None,
        app_managed: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        output_name: str = ...,
        s3_output: ProcessingS3Output | None = ...,
        feature_store_output: ProcessingFeatureStoreOutput | None = ...,
        app_managed: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingOutputConfig(Shape):
    """Output configuration for the processing job."""

    outputs: Final[list[ProcessingOutput]]
    """An array of outputs configuring the data to upload from the processing container. Since
    2019-12-04.
    """
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt the processing job output. KmsKeyId can be an ID of a KMS key, ARN of
    a KMS key, or alias of a KMS key. The KmsKeyId is applied to all outputs. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        outputs: list[ProcessingOutput],
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        outputs: list[ProcessingOutput] = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingResources(Shape):
    """Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
    processing job. In distributed training, you specify more than one instance.
    """

    cluster_config: Final[ProcessingClusterConfig]
    """The configuration for the resources in a cluster used to run the processing job. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        cluster_config: ProcessingClusterConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_config: ProcessingClusterConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingS3Input(Shape):
    """Configuration for downloading input data from Amazon S3 into the processing container."""

    s3_uri: Final[str]
    """The URI of the Amazon S3 prefix Amazon SageMaker downloads data required to run a processing
    job. Since 2019-12-04.
    """
    local_path: Final[str | None]
    """The local path in your container where you want Amazon SageMaker to write input data to.
    LocalPath is an absolute path to the input data and must begin with /opt/ml/processing/.
    LocalPath is a required parameter when AppManaged is False (default). Since 2019-12-04.
    """
    s3_data_type: Final[ProcessingS3DataType]
    """Whether you use an S3Prefix or a ManifestFile for the data type. If you choose S3Prefix, S3Uri
    identifies a key name prefix. Amazon SageMaker uses all objects with the specified key name
    prefix for the processing job. If you choose ManifestFile, S3Uri identifies an object that is a
    manifest file containing a list of object keys that you want Amazon SageMaker to use for the
    processing job. Since 2019-12-04.
    """
    s3_input_mode: Final[ProcessingS3InputMode | None]
    """Whether to use File or Pipe input mode. In File mode, Amazon SageMaker copies the data from the
    input source onto the local ML storage volume before starting your processing container. This is
    the most commonly used input mode. In Pipe mode, Amazon SageMaker streams input data from the
    source directly to your processing container into named pipes without using the ML storage
    volume. Since 2019-12-04.
    """
    s3_data_distribution_type: Final[ProcessingS3DataDistributionType | None]
    """Whether to distribute the data from Amazon S3 to all processing instances with FullyReplicated,
    or whether the data from Amazon S3 is sharded by Amazon S3 key, downloading one shard of data to
    each processing instance. Since 2019-12-04.
    """
    s3_compression_type: Final[ProcessingS3CompressionType | None]
    """Whether to GZIP-decompress the data in Amazon S3 as it is streamed into the processing
    container. Gzip can only be used when Pipe mode is specified as the S3InputMode. In Pipe mode,
    Amazon SageMaker streams input data from the source directly to your container without using the
    EBS volume. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        s3_data_type: ProcessingS3DataType | ProcessingS3DataTypeLiteral,
        local_path: str | None = None,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = None,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = None,
        s3_compression_type: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        local_path: str | None = ...,
        s3_data_type: ProcessingS3DataType | ProcessingS3DataTypeLiteral = ...,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = ...,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = ...,
        s3_compression_type: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingS3Output(Shape):
    """Configuration for processing job outputs in Amazon S3."""

    s3_uri: Final[str]
    """A URI that identifies the Amazon S3 bucket where you want Amazon SageMaker to save the results
    of a processing job. Since 2019-12-04.
    """
    local_path: Final[str | None]
    """The local path of a directory where you want Amazon SageMaker to upload its contents to Amazon
    S3. LocalPath is an absolute path to a directory containing output files. This directory will be
    created by the platform and exist when your container's entrypoint is invoked. Since 2019-12-04.
    """
    s3_upload_mode: Final[ProcessingS3UploadMode]
    """Whether to upload the results of the processing job continuously or after the job completes.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        s3_upload_mode: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral,
        local_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        local_path: str | None = ...,
        s3_upload_mode: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProcessingStoppingCondition(Shape):
    """The time limit for how long the processing job is allowed to run."""

    max_runtime_in_seconds: Final[int]
    """Specifies the maximum runtime in seconds. Since 2019-12-04."""
    def __init__(
        self,
        *,
        max_runtime_in_seconds: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_runtime_in_seconds: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariant(Shape):
    """Identifies a model that you want to host and the resources chosen to deploy for hosting it. If
    you are deploying multiple models, tell SageMaker how to distribute traffic among the models by
    specifying variant weights. For more information on production variants, check Production
    variants.
    """

    variant_name: Final[str]
    """The name of the production variant. Since 2017-11-29."""
    model_name: Final[str | None]
    """The name of the model that you want to host. This is the name that you specified when creating
    the model. Since 2017-11-29.
    """
    initial_instance_count: Final[int | None]
    """Number of instances to launch initially. Since 2017-11-29."""
    instance_type: Final[ProductionVariantInstanceType | None]
    """The ML compute instance type. Since 2017-11-29."""
    instance_pools: Final[list[InstancePool] | None]
    """A list of instance pools for the production variant. Each instance pool specifies an instance
    type and its priority for provisioning. Use instance pools to configure heterogeneous endpoints
    that deploy models across multiple instance types. Since 2026-04-30.
    """
    variant_instance_provision_timeout_in_seconds: Final[int | None]
    """The timeout value, in seconds, for provisioning instances for the production variant. When
    SageMaker encounters an insufficient capacity error while provisioning instances, it retries
    with the next instance pool (if configured) or waits until the timeout expires. This timeout
    applies only to capacity provisioning and does not include the time for model download or
    container startup. Since 2026-04-30.
    """
    initial_variant_weight: Final[float | None]
    """Determines initial traffic distribution among all of the models that you specify in the endpoint
    configuration. The traffic to a production variant is determined by the ratio of the
    VariantWeight to the sum of all VariantWeight values across all ProductionVariants. If
    unspecified, it defaults to 1.0. Since 2017-11-29.
    """
    accelerator_type: Final[ProductionVariantAcceleratorType | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2018-11-28.
    """
    core_dump_config: Final[ProductionVariantCoreDumpConfig | None]
    """Specifies configuration for a core dump from the model container when the process crashes. Since
    2021-02-22.
    """
    serverless_config: Final[ProductionVariantServerlessConfig | None]
    """The serverless configuration for an endpoint. Specifies a serverless endpoint configuration
    instead of an instance-based endpoint configuration. Since 2021-12-01.
    """
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume attached to individual inference instance associated
    with the production variant. Currently only Amazon EBS gp2 storage volumes are supported. Since
    2022-09-07.
    """
    model_data_download_timeout_in_seconds: Final[int | None]
    """The timeout value, in seconds, to download and extract the model that you want to host from
    Amazon S3 to the individual inference instance associated with this production variant. Since
    2022-09-07.
    """
    container_startup_health_check_timeout_in_seconds: Final[int | None]
    """The timeout value, in seconds, for your inference container to pass health check by SageMaker
    Hosting. For more information about health check, see How Your Container Should Respond to
    Health Check (Ping) Requests. Since 2022-09-07.
    """
    enable_ssm_access: Final[bool | None]
    """You can use this parameter to turn on native Amazon Web Services Systems Manager (SSM) access
    for a production variant behind an endpoint. By default, SSM access is disabled for all
    production variants behind an endpoint. You can turn on or turn off SSM access for a production
    variant behind an existing endpoint by creating a new endpoint configuration and calling
    UpdateEndpoint. Since 2023-03-09.
    """
    managed_instance_scaling: Final[ProductionVariantManagedInstanceScaling | None]
    """Settings that control the range in the number of instances that the endpoint provisions as it
    scales up or down to accommodate traffic. Since 2023-11-29.
    """
    routing_config: Final[ProductionVariantRoutingConfig | None]
    """Settings that control how the endpoint routes incoming traffic to the instances that the
    endpoint hosts. Since 2023-11-29.
    """
    inference_ami_version: Final[ProductionVariantInferenceAmiVersion | None]
    """Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images. Each
    image is configured by Amazon Web Services with a set of software and driver versions. Amazon
    Web Services optimizes these configurations for different machine learning workloads. Since
    2024-06-07.
    """
    capacity_reservation_config: Final[ProductionVariantCapacityReservationConfig | None]
    """Settings for the capacity reservation for the compute instances that SageMaker AI reserves for
    an endpoint. Since 2025-05-30.
    """
    def __init__(
        self,
        *,
        variant_name: str,
        model_name: str | None = None,
        initial_instance_count: int | None = None,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        instance_pools: list[InstancePool] | None = None,
        variant_instance_provision_timeout_in_seconds: int | None = None,
        initial_variant_weight: float | None = None,
        accelerator_type: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral | None = None,
        core_dump_config: ProductionVariantCoreDumpConfig | None = None,
        serverless_config: ProductionVariantServerlessConfig | None = None,
        volume_size_in_gb: int | None = None,
        model_data_download_timeout_in_seconds: int | None = None,
        container_startup_health_check_timeout_in_seconds: int | None = None,
        enable_ssm_access: bool | None = None,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None,
        routing_config: ProductionVariantRoutingConfig | None = None,
        inference_ami_version: ProductionVariantInferenceAmiVersion
        | ProductionVariantInferenceAmiVersionLiteral
        | None = None,
        capacity_reservation_config: ProductionVariantCapacityReservationConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        variant_name: str = ...,
        model_name: str | None = ...,
        initial_instance_count: int | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        instance_pools: list[InstancePool] | None = ...,
        variant_instance_provision_timeout_in_seconds: int | None = ...,
        initial_variant_weight: float | None = ...,
        accelerator_type: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral | None = ...,
        core_dump_config: ProductionVariantCoreDumpConfig | None = ...,
        serverless_config: ProductionVariantServerlessConfig | None = ...,
        volume_size_in_gb: int | None = ...,
        model_data_download_timeout_in_seconds: int | None = ...,
        container_startup_health_check_timeout_in_seconds: int | None = ...,
        enable_ssm_access: bool | None = ...,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = ...,
        routing_config: ProductionVariantRoutingConfig | None = ...,
        inference_ami_version: ProductionVariantInferenceAmiVersion
        | ProductionVariantInferenceAmiVersionLiteral
        | None = ...,
        capacity_reservation_config: ProductionVariantCapacityReservationConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantCapacityReservationConfig(Shape):
    """Settings for the capacity reservation for the compute instances that SageMaker AI reserves for
    an endpoint.
    """

    capacity_reservation_preference: Final[CapacityReservationPreference | None]
    """Options that you can choose for the capacity reservation. SageMaker AI supports the following
    options: Since 2025-05-30.
    """
    ml_reservation_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that
    SageMaker AI applies when it deploys the endpoint. Since 2025-05-30.
    """
    def __init__(
        self,
        *,
        capacity_reservation_preference: CapacityReservationPreference
        | CapacityReservationPreferenceLiteral
        | None = None,
        ml_reservation_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        capacity_reservation_preference: CapacityReservationPreference
        | CapacityReservationPreferenceLiteral
        | None = ...,
        ml_reservation_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantCapacityReservationSummary(Shape):
    """Settings for the capacity reservation for the compute instances that SageMaker AI reserves for
    an endpoint.
    """

    ml_reservation_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that
    SageMaker AI applies when it deploys the endpoint. Since 2025-05-30.
    """
    capacity_reservation_preference: Final[CapacityReservationPreference | None]
    """The option that you chose for the capacity reservation. SageMaker AI supports the following
    options: Since 2025-05-30.
    """
    total_instance_count: Final[int | None]
    """The number of instances that you allocated to the ML capacity reservation. Since 2025-05-30.
    """
    available_instance_count: Final[int | None]
    """The number of instances that are currently available in the ML capacity reservation. Since
    2025-05-30.
    """
    used_by_current_endpoint: Final[int | None]
    """The number of instances from the ML capacity reservation that are being used by the endpoint.
    Since 2025-05-30.
    """
    ec2_capacity_reservations: Final[list[Ec2CapacityReservation] | None]
    """The EC2 capacity reservations that are shared to this ML capacity reservation, if any. Since
    2025-05-30.
    """
    def __init__(
        self,
        *,
        ml_reservation_arn: str | None = None,
        capacity_reservation_preference: CapacityReservationPreference
        | CapacityReservationPreferenceLiteral
        | None = None,
        total_instance_count: int | None = None,
        available_instance_count: int | None = None,
        used_by_current_endpoint: int | None = None,
        ec2_capacity_reservations: list[Ec2CapacityReservation] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ml_reservation_arn: str | None = ...,
        capacity_reservation_preference: CapacityReservationPreference
        | CapacityReservationPreferenceLiteral
        | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        used_by_current_endpoint: int | None = ...,
        ec2_capacity_reservations: list[Ec2CapacityReservation] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantCoreDumpConfig(Shape):
    """Specifies configuration for a core dump from the model container when the process crashes."""

    destination_s3_uri: Final[str]
    """The Amazon S3 bucket to send the core dump to. Since 2021-02-22."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses
    to encrypt the core dump data at rest using Amazon S3 server-side encryption. The KmsKeyId can
    be any of the following formats: Since 2021-02-22.
    """
    def __init__(
        self,
        *,
        destination_s3_uri: str,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        destination_s3_uri: str = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantManagedInstanceScaling(Shape):
    """Settings that control the range in the number of instances that the endpoint provisions as it
    scales up or down to accommodate traffic.
    """

    status: Final[ManagedInstanceScalingStatus | None]
    """Indicates whether managed instance scaling is enabled. Since 2023-11-29."""
    min_instance_count: Final[int | None]
    """The minimum number of instances that the endpoint must retain when it scales down to accommodate
    a decrease in traffic. Since 2023-11-29.
    """
    max_instance_count: Final[int | None]
    """The maximum number of instances that the endpoint can provision when it scales up to accommodate
    an increase in traffic. Since 2023-11-29.
    """
    scale_in_policy: Final[ProductionVariantManagedInstanceScalingScaleInPolicy | None]
    """Configures the scale-in behavior for managed instance scaling. Since 2026-03-30."""
    def __init__(
        self,
        *,
        status: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral | None = None,
        min_instance_count: int | None = None,
        max_instance_count: int | None = None,
        scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral | None = ...,
        min_instance_count: int | None = ...,
        max_instance_count: int | None = ...,
        scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantManagedInstanceScalingScaleInPolicy(Shape):
    """Configures the scale-in behavior for managed instance scaling."""

    strategy: Final[ManagedInstanceScalingScaleInStrategy]
    """The strategy for scaling in instances. Since 2026-03-30."""
    maximum_step_size: Final[int | None]
    """The maximum number of instances that the endpoint can terminate at a time during a consolidation
    scale-in operation. Since 2026-03-30.
    """
    cooldown_in_minutes: Final[int | None]
    """The cooldown period, in minutes, after the last endpoint operation before the endpoint evaluates
    consolidation scale-in opportunities. Since 2026-03-30.
    """
    def __init__(
        self,
        *,
        strategy: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral,
        maximum_step_size: int | None = None,
        cooldown_in_minutes: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        strategy: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral = ...,
        maximum_step_size: int | None = ...,
        cooldown_in_minutes: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantRoutingConfig(Shape):
    """Settings that control how the endpoint routes incoming traffic to the instances that the
    endpoint hosts.
    """

    routing_strategy: Final[RoutingStrategy]
    """Sets how the endpoint routes incoming traffic: Since 2023-11-29."""
    def __init__(
        self,
        *,
        routing_strategy: RoutingStrategy | RoutingStrategyLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        routing_strategy: RoutingStrategy | RoutingStrategyLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantServerlessConfig(Shape):
    """The serverless configuration for an endpoint. Specifies a serverless endpoint configuration
    instead of an instance-based endpoint configuration.
    """

    memory_size_in_mb: Final[int]
    """The memory size of your serverless endpoint. Valid values are in 1 GB increments: 1024 MB, 2048
    MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB. Since 2021-12-01.
    """
    max_concurrency: Final[int]
    """The maximum number of concurrent invocations your serverless endpoint can process. Since
    2021-12-01.
    """
    provisioned_concurrency: Final[int | None]
    """The amount of provisioned concurrency to allocate for the serverless endpoint. Should be less
    than or equal to MaxConcurrency. Since 2023-05-09.
    """
    def __init__(
        self,
        *,
        memory_size_in_mb: int,
        max_concurrency: int,
        provisioned_concurrency: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        memory_size_in_mb: int = ...,
        max_concurrency: int = ...,
        provisioned_concurrency: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantServerlessUpdateConfig(Shape):
    """Specifies the serverless update concurrency configuration for an endpoint variant."""

    max_concurrency: Final[int | None]
    """The updated maximum number of concurrent invocations your serverless endpoint can process. Since
    2023-05-09.
    """
    provisioned_concurrency: Final[int | None]
    """The updated amount of provisioned concurrency to allocate for the serverless endpoint. Should be
    less than or equal to MaxConcurrency . Since 2023-05-09.
    """
    def __init__(
        self,
        *,
        max_concurrency: int | None = None,
        provisioned_concurrency: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_concurrency: int | None = ...,
        provisioned_concurrency: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantStatus(Shape):
    """Describes the status of the production variant."""

    status: Final[VariantStatus | None]
    """The endpoint variant status which describes the current deployment stage status or operational
    status. Since 2021-11-08.
    """
    status_message: Final[str | None]
    """A message that describes the status of the production variant. Since 2021-11-08."""
    start_time: Final[datetime | None]
    """The start time of the current status change. Since 2021-11-08."""
    def __init__(
        self,
        *,
        status: VariantStatus | VariantStatusLiteral | None = None,
        status_message: str | None = None,
        start_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: VariantStatus | VariantStatusLiteral | None = ...,
        status_message: str | None = ...,
        start_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProductionVariantSummary(Shape):
    """Describes weight and capacities for a production variant associated with an endpoint. If you
    sent a request to the UpdateEndpointWeightsAndCapacities API and the endpoint status is
    Updating, you get different desired and current values.
    """

    variant_name: Final[str | None]
    """The name of the variant. Since 2017-11-29."""
    deployed_images: Final[list[DeployedImage] | None]
    """An array of DeployedImage objects that specify the Amazon EC2 Container Registry paths of the
    inference images deployed on instances of this ProductionVariant. Since 2018-07-05.
    """
    current_weight: Final[float | None]
    """The weight associated with the variant. Since 2017-11-29."""
    desired_weight: Final[float | None]
    """The requested weight, as specified in the UpdateEndpointWeightsAndCapacities request. Since
    2017-11-29.
    """
    current_instance_count: Final[int | None]
    """The number of instances associated with the variant. Since 2017-11-29."""
    desired_instance_count: Final[int | None]
    """The number of instances requested in the UpdateEndpointWeightsAndCapacities request. Since
    2017-11-29.
    """
    instance_pools: Final[list[InstancePoolSummary] | None]
    """A list of instance pools for the production variant. Each pool indicates the instance type and
    the current number of instances of that type. Since 2026-04-30.
    """
    variant_status: Final[list[ProductionVariantStatus] | None]
    """The endpoint variant status which describes the current deployment stage status or operational
    status. Since 2021-11-08.
    """
    current_serverless_config: Final[ProductionVariantServerlessConfig | None]
    """The serverless configuration for the endpoint. Since 2021-12-01."""
    desired_serverless_config: Final[ProductionVariantServerlessConfig | None]
    """The serverless configuration requested for the endpoint update. Since 2021-12-01."""
    managed_instance_scaling: Final[ProductionVariantManagedInstanceScaling | None]
    """Settings that control the range in the number of instances that the endpoint provisions as it
    scales up or down to accommodate traffic. Since 2023-11-29.
    """
    routing_config: Final[ProductionVariantRoutingConfig | None]
    """Settings that control how the endpoint routes incoming traffic to the instances that the
    endpoint hosts. Since 2023-11-29.
    """
    capacity_reservation_config: Final[ProductionVariantCapacityReservationSummary | None]
    """Settings for the capacity reservation for the compute instances that SageMaker AI reserves for
    an endpoint. Since 2025-05-30.
    """
    def __init__(
        self,
        *,
        variant_name: str | None = None,
        deployed_images: list[DeployedImage] | None = None,
        current_weight: float | None = None,
        desired_weight: float | None = None,
        current_instance_count: int | None = None,
        desired_instance_count: int | None = None,
        instance_pools: list[InstancePoolSummary] | None = None,
        variant_status: list[ProductionVariantStatus] | None = None,
        current_serverless_config: ProductionVariantServerlessConfig | None = None,
        desired_serverless_config: ProductionVariantServerlessConfig | None = None,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None,
        routing_config: ProductionVariantRoutingConfig | None = None,
        capacity_reservation_config: ProductionVariantCapacityReservationSummary | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        variant_name: str | None = ...,
        deployed_images: list[DeployedImage] | None = ...,
        current_weight: float | None = ...,
        desired_weight: float | None = ...,
        current_instance_count: int | None = ...,
        desired_instance_count: int | None = ...,
        instance_pools: list[InstancePoolSummary] | None = ...,
        variant_status: list[ProductionVariantStatus] | None = ...,
        current_serverless_config: ProductionVariantServerlessConfig | None = ...,
        desired_serverless_config: ProductionVariantServerlessConfig | None = ...,
        managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = ...,
        routing_config: ProductionVariantRoutingConfig | None = ...,
        capacity_reservation_config: ProductionVariantCapacityReservationSummary | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProfilerConfig(Shape):
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths.
    """

    s3_output_path: Final[str | None]
    """Path to Amazon S3 storage location for system and framework metrics. Since 2020-12-08."""
    profiling_interval_in_milliseconds: Final[int | None]
    """A time interval for capturing system metrics in milliseconds. Available values are 100, 200,
    500, 1000 (1 second), 5000 (5 seconds), and 60000 (1 minute) milliseconds. The default value is
    500 milliseconds. Since 2020-12-08.
    """
    profiling_parameters: Final[dict[str, str] | None]
    """Configuration information for capturing framework metrics. Available key strings for different
    profiling options are DetailedProfilingConfig, PythonProfilingConfig, and
    DataLoaderProfilingConfig. The following codes are configuration structures for the
    ProfilingParameters parameter. To learn more about how to configure the ProfilingParameters
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job. Since 2020-12-08.
    """
    disable_profiler: Final[bool | None]
    """Configuration to turn off Amazon SageMaker Debugger's system monitoring and profiling
    functionality. To turn it off, set to True. Since 2022-11-18.
    """
    def __init__(
        self,
        *,
        s3_output_path: str | None = None,
        profiling_interval_in_milliseconds: int | None = None,
        profiling_parameters: dict[str, str] | None = None,
        disable_profiler: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str | None = ...,
        profiling_interval_in_milliseconds: int | None = ...,
        profiling_parameters: dict[str, str] | None = ...,
        disable_profiler: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProfilerConfigForUpdate(Shape):
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths.
    """

    s3_output_path: Final[str | None]
    """Path to Amazon S3 storage location for system and framework metrics. Since 2020-12-08."""
    profiling_interval_in_milliseconds: Final[int | None]
    """A time interval for capturing system metrics in milliseconds. Available values are 100, 200,
    500, 1000 (1 second), 5000 (5 seconds), and 60000 (1 minute) milliseconds. The default value is
    500 milliseconds. Since 2020-12-08.
    """
    profiling_parameters: Final[dict[str, str] | None]
    """Configuration information for capturing framework metrics. Available key strings for different
    profiling options are DetailedProfilingConfig, PythonProfilingConfig, and
    DataLoaderProfilingConfig. The following codes are configuration structures for the
    ProfilingParameters parameter. To learn more about how to configure the ProfilingParameters
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job. Since 2020-12-08.
    """
    disable_profiler: Final[bool | None]
    """To turn off Amazon SageMaker Debugger monitoring and profiling while a training job is in
    progress, set to True. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        s3_output_path: str | None = None,
        profiling_interval_in_milliseconds: int | None = None,
        profiling_parameters: dict[str, str] | None = None,
        disable_profiler: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str | None = ...,
        profiling_interval_in_milliseconds: int | None = ...,
        profiling_parameters: dict[str, str] | None = ...,
        disable_profiler: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProfilerRuleConfiguration(Shape):
    """Configuration information for profiling rules."""

    rule_configuration_name: Final[str]
    """The name of the rule configuration. It must be unique relative to other rule configuration
    names. Since 2020-12-08.
    """
    local_path: Final[str | None]
    """Path to local storage location for output of rules. Defaults to /opt/ml/processing/output/rule/.
    Since 2020-12-08.
    """
    s3_output_path: Final[str | None]
    """Path to Amazon S3 storage location for rules. Since 2020-12-08."""
    rule_evaluator_image: Final[str]
    """The Amazon Elastic Container Registry Image for the managed rule evaluation. Since 2020-12-08.
    """
    instance_type: Final[ProcessingInstanceType | None]
    """The instance type to deploy a custom rule for profiling a training job. Since 2020-12-08."""
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume attached to the processing instance. Since 2020-12-08.
    """
    rule_parameters: Final[dict[str, str] | None]
    """Runtime configuration for rule container. Since 2020-12-08."""
    def __init__(
        self,
        *,
        rule_configuration_name: str,
        rule_evaluator_image: str,
        local_path: str | None = None,
        s3_output_path: str | None = None,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = None,
        volume_size_in_gb: int | None = None,
        rule_parameters: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rule_configuration_name: str = ...,
        local_path: str | None = ...,
        s3_output_path: str | None = ...,
        rule_evaluator_image: str = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        rule_parameters: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProfilerRuleEvaluationStatus(Shape):
    """Information about the status of the rule evaluation."""

    rule_configuration_name: Final[str | None]
    """The name of the rule configuration. Since 2020-12-08."""
    rule_evaluation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the rule evaluation job. Since 2020-12-08."""
    rule_evaluation_status: Final[RuleEvaluationStatus | None]
    """Status of the rule evaluation. Since 2020-12-08."""
    status_details: Final[str | None]
    """Details from the rule evaluation. Since 2020-12-08."""
    last_modified_time: Final[datetime | None]
    """Timestamp when the rule evaluation status was last modified. Since 2020-12-08."""
    def __init__(
        self,
        *,
        rule_configuration_name: str | None = None,
        rule_evaluation_job_arn: str | None = None,
        rule_evaluation_status: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None = None,
        status_details: str | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rule_configuration_name: str | None = ...,
        rule_evaluation_job_arn: str | None = ...,
        rule_evaluation_status: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None = ...,
        status_details: str | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Project(Shape):
    """The properties of a project."""

    project_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the project. Since 2021-09-14."""
    project_name: Final[str | None]
    """The name of the project. Since 2021-09-14."""
    project_id: Final[str | None]
    """The ID of the project. Since 2021-09-14."""
    project_description: Final[str | None]
    """The description of the project. Since 2021-09-14."""
    service_catalog_provisioning_details: Final[ServiceCatalogProvisioningDetails | None]
    """Details that you specify to provision a service catalog product. For information about service
    catalog, see What is Amazon Web Services Service Catalog. Since 2021-09-14.
    """
    service_catalog_provisioned_product_details: Final[ServiceCatalogProvisionedProductDetails | None]
    """Details of a provisioned service catalog product. For information about service catalog, see
    What is Amazon Web Services Service Catalog. Since 2021-09-14.
    """
    project_status: Final[ProjectStatus | None]
    """The status of the project. Since 2021-09-14."""
    created_by: Final[UserContext | None]
    """Who created the project. Since 2021-09-14."""
    creation_time: Final[datetime | None]
    """A timestamp specifying when the project was created. Since 2021-09-14."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2021-09-14.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp container for when the project was last modified. Since 2021-10-27."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2021-10-27."""
    template_provider_details: Final[list[TemplateProviderDetail] | None]
    """An array of template providers associated with the project. Since 2025-06-19. No change-log page
    shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        project_arn: str | None = None,
        project_name: str | None = None,
        project_id: str | None = None,
        project_description: str | None = None,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None,
        service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = None,
        project_status: ProjectStatus | ProjectStatusLiteral | None = None,
        created_by: UserContext | None = None,
        creation_time: datetime | None = None,
        tags: list[Tag] | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        template_provider_details: list[TemplateProviderDetail] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_arn: str | None = ...,
        project_name: str | None = ...,
        project_id: str | None = ...,
        project_description: str | None = ...,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = ...,
        service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = ...,
        project_status: ProjectStatus | ProjectStatusLiteral | None = ...,
        created_by: UserContext | None = ...,
        creation_time: datetime | None = ...,
        tags: list[Tag] | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        template_provider_details: list[TemplateProviderDetail] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProjectSummary(Shape):
    """Information about a project."""

    project_name: Final[str | None]
    """The name of the project. Since 2020-12-01."""
    project_description: Final[str | None]
    """The description of the project. Since 2020-12-01."""
    project_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the project. Since 2020-12-01."""
    project_id: Final[str | None]
    """The ID of the project. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the project was created. Since 2020-12-01."""
    project_status: Final[ProjectStatus | None]
    """The status of the project. Since 2020-12-01."""
    def __init__(
        self,
        *,
        project_name: str | None = None,
        project_description: str | None = None,
        project_arn: str | None = None,
        project_id: str | None = None,
        creation_time: datetime | None = None,
        project_status: ProjectStatus | ProjectStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_name: str | None = ...,
        project_description: str | None = ...,
        project_arn: str | None = ...,
        project_id: str | None = ...,
        creation_time: datetime | None = ...,
        project_status: ProjectStatus | ProjectStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PropertyNameQuery(Shape):
    """Defines a property name hint. Only property names that begin with the specified hint are
    included in the response.
    """

    property_name_hint: Final[str]
    """Text that begins a property's name. Since 2018-11-28."""
    def __init__(
        self,
        *,
        property_name_hint: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        property_name_hint: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PropertyNameSuggestion(Shape):
    """A property name returned from a GetSearchSuggestions call that specifies a value in the
    PropertyNameQuery field.
    """

    property_name: Final[str | None]
    """A suggested property name based on what you entered in the search textbox in the SageMaker
    console. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        property_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        property_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ProvisioningParameter(Shape):
    """A key value pair used when you provision a project as a service catalog product. For
    information, see What is Amazon Web Services Service Catalog.
    """

    key: Final[str | None]
    """The key that identifies a provisioning parameter. Since 2020-12-01."""
    value: Final[str | None]
    """The value of the provisioning parameter. Since 2020-12-01."""
    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PublicWorkforceTaskPrice(Shape):
    """Defines the amount of money paid to an Amazon Mechanical Turk worker for each task performed."""

    amount_in_usd: Final[USD | None]
    """Defines the amount of money paid to an Amazon Mechanical Turk worker in United States dollars.
    Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        amount_in_usd: USD | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        amount_in_usd: USD | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PutModelPackageGroupPolicyInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group to add a resource policy to. Since 2020-12-01."""
    resource_policy: Final[str]
    """The resource policy for the model group. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        resource_policy: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        resource_policy: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class PutModelPackageGroupPolicyOutput(OutputShape):
    """The result of ``put_model_package_group_policy`` (PutModelPackageGroupPolicy)."""

    model_package_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package group. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
