# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.d import DirectInternetAccess, DirectInternetAccessLiteral
from smtyped._generated.enums.i import InstanceType, InstanceTypeLiteral, IPAddressType, IPAddressTypeLiteral
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelPackageGroupStatus,
    ModelPackageGroupStatusLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
)
from smtyped._generated.enums.n import (
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
    NotebookInstanceStatus,
    NotebookInstanceStatusLiteral,
)
from smtyped._generated.enums.p import (
    PipelineExecutionStatus,
    PipelineExecutionStatusLiteral,
    PipelineStatus,
    PipelineStatusLiteral,
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    ProjectStatus,
    ProjectStatusLiteral,
)
from smtyped._generated.enums.r import RootAccess, RootAccessLiteral
from smtyped._generated.enums.s import (
    SecondaryStatus,
    SecondaryStatusLiteral,
    SkipModelValidation,
    SkipModelValidationLiteral,
)
from smtyped._generated.enums.t import TrainingJobStatus, TrainingJobStatusLiteral
from smtyped._generated.enums.u import UserProfileStatus, UserProfileStatusLiteral
from smtyped._generated.shapes.a import (
    AdditionalInferenceSpecificationDefinition,
    AlgorithmSpecification,
    AppSpecification,
)
from smtyped._generated.shapes.c import Channel, CheckpointConfig, ContainerDefinition
from smtyped._generated.shapes.d import (
    DebugHookConfig,
    DebugRuleConfiguration,
    DebugRuleEvaluationStatus,
    DeploymentRecommendation,
)
from smtyped._generated.shapes.e import ExperimentConfig
from smtyped._generated.shapes.f import FileSource
from smtyped._generated.shapes.i import (
    InferenceExecutionConfig,
    InferenceSpecification,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes.m import (
    MetadataProperties,
    MetricData,
    MetricsSource,
    ModelArtifacts,
    ModelLifeCycle,
    ModelMetrics,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageStatusDetails,
    ModelPackageValidationSpecification,
)
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.o import OutputDataConfig
from smtyped._generated.shapes.p import (
    ParallelismConfiguration,
    PipelineExperimentConfig,
    ProcessingInput,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
)
from smtyped._generated.shapes.r import (
    ResourceConfig,
    RStudioServerProDomainSettings,
    RStudioServerProDomainSettingsForUpdate,
)
from smtyped._generated.shapes.s import (
    ScalingPolicy,
    SecondaryStatusTransition,
    ServiceCatalogProvisionedProductDetails,
    ServiceCatalogProvisioningDetails,
    SourceAlgorithmSpecification,
    StoppingCondition,
)
from smtyped._generated.shapes.t import (
    TensorBoardOutputConfig,
    TrialComponentArtifact,
    TrialComponentMetricSummary,
    TrialComponentParameterValue,
    TrialComponentSource,
    TrialComponentStatus,
    TrialSource,
)
from smtyped._generated.shapes.u import UserContext, UserSettings
from smtyped._generated.shapes.v import VpcConfig

class DescribeModelOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_name(self) -> str | None: ...
    @property
    def primary_container(self) -> ContainerDefinition | None: ...
    @property
    def containers(self) -> list[ContainerDefinition] | None: ...
    @property
    def inference_execution_config(self) -> InferenceExecutionConfig | None: ...
    @property
    def execution_role_arn(self) -> str | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def model_arn(self) -> str | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def deployment_recommendation(self) -> DeploymentRecommendation | None: ...
    def __init__(
        self,
        *,
        model_name: str | None = ...,
        primary_container: ContainerDefinition | None = ...,
        containers: list[ContainerDefinition] | None = ...,
        inference_execution_config: InferenceExecutionConfig | None = ...,
        execution_role_arn: str | None = ...,
        vpc_config: VpcConfig | None = ...,
        creation_time: datetime | None = ...,
        model_arn: str | None = ...,
        enable_network_isolation: bool | None = ...,
        deployment_recommendation: DeploymentRecommendation | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelPackageGroupInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelPackageGroupInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelPackageGroupOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_group_arn(self) -> str | None: ...
    @property
    def model_package_group_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def model_package_group_status(self) -> ModelPackageGroupStatus | None: ...
    def __init__(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_group_arn: str | None = ...,
        model_package_group_description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelPackageGroupOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelPackageInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_name(self) -> str: ...
    def __init__(
        self,
        *,
        model_package_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelPackageInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelPackageOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_name(self) -> str | None: ...
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
    def source_algorithm_specification(self) -> SourceAlgorithmSpecification | None: ...
    @property
    def validation_specification(self) -> ModelPackageValidationSpecification | None: ...
    @property
    def model_package_status(self) -> ModelPackageStatus | None: ...
    @property
    def model_package_status_details(self) -> ModelPackageStatusDetails | None: ...
    @property
    def certify_for_marketplace(self) -> bool | None: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def model_metrics(self) -> ModelMetrics | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def approval_description(self) -> str | None: ...
    @property
    def domain(self) -> str | None: ...
    @property
    def task(self) -> str | None: ...
    @property
    def sample_payload_url(self) -> str | None: ...
    @property
    def customer_metadata_properties(self) -> dict[str, str] | None: ...
    @property
    def drift_check_baselines(self) -> DriftCheckBaselines | None: ...
    @property
    def additional_inference_specifications(self) -> list[AdditionalInferenceSpecificationDefinition] | None: ...
    @property
    def skip_model_validation(self) -> SkipModelValidation | None: ...
    @property
    def source_uri(self) -> str | None: ...
    @property
    def security_config(self) -> ModelPackageSecurityConfig | None: ...
    @property
    def model_card(self) -> ModelPackageModelCard | None: ...
    @property
    def model_life_cycle(self) -> ModelLifeCycle | None: ...
    def __init__(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        source_algorithm_specification: SourceAlgorithmSpecification | None = ...,
        validation_specification: ModelPackageValidationSpecification | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_package_status_details: ModelPackageStatusDetails | None = ...,
        certify_for_marketplace: bool | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        created_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        model_metrics: ModelMetrics | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        approval_description: str | None = ...,
        domain: str | None = ...,
        task: str | None = ...,
        sample_payload_url: str | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        drift_check_baselines: DriftCheckBaselines | None = ...,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = ...,
        source_uri: str | None = ...,
        security_config: ModelPackageSecurityConfig | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelPackageOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeNotebookInstanceInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def notebook_instance_name(self) -> str: ...
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeNotebookInstanceInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeNotebookInstanceOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def notebook_instance_arn(self) -> str | None: ...
    @property
    def notebook_instance_name(self) -> str | None: ...
    @property
    def notebook_instance_status(self) -> NotebookInstanceStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def instance_type(self) -> InstanceType | None: ...
    @property
    def ip_address_type(self) -> IPAddressType | None: ...
    @property
    def subnet_id(self) -> str | None: ...
    @property
    def security_groups(self) -> list[str] | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def network_interface_id(self) -> str | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def notebook_instance_lifecycle_config_name(self) -> str | None: ...
    @property
    def direct_internet_access(self) -> DirectInternetAccess | None: ...
    @property
    def volume_size_in_gb(self) -> int | None: ...
    @property
    def accelerator_types(
        self,
    ) -> list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None: ...
    @property
    def default_code_repository(self) -> str | None: ...
    @property
    def additional_code_repositories(self) -> list[str] | None: ...
    @property
    def root_access(self) -> RootAccess | None: ...
    @property
    def platform_identifier(self) -> str | None: ...
    @property
    def instance_metadata_service_configuration(self) -> InstanceMetadataServiceConfiguration | None: ...
    def __init__(
        self,
        *,
        notebook_instance_arn: str | None = ...,
        notebook_instance_name: str | None = ...,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        url: str | None = ...,
        instance_type: InstanceType | InstanceTypeLiteral | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        subnet_id: str | None = ...,
        security_groups: list[str] | None = ...,
        role_arn: str | None = ...,
        kms_key_id: str | None = ...,
        network_interface_id: str | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        notebook_instance_lifecycle_config_name: str | None = ...,
        direct_internet_access: DirectInternetAccess | DirectInternetAccessLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = ...,
        default_code_repository: str | None = ...,
        additional_code_repositories: list[str] | None = ...,
        root_access: RootAccess | RootAccessLiteral | None = ...,
        platform_identifier: str | None = ...,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeNotebookInstanceOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineDefinitionForExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineDefinitionForExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineDefinitionForExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_definition(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        pipeline_definition: str | None = ...,
        creation_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineDefinitionForExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    @property
    def pipeline_execution_display_name(self) -> str | None: ...
    @property
    def pipeline_execution_status(self) -> PipelineExecutionStatus | None: ...
    @property
    def pipeline_execution_description(self) -> str | None: ...
    @property
    def pipeline_experiment_config(self) -> PipelineExperimentConfig | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parallelism_configuration(self) -> ParallelismConfiguration | None: ...
    def __init__(
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
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribePipelineResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_name(self) -> str | None: ...
    @property
    def pipeline_display_name(self) -> str | None: ...
    @property
    def pipeline_definition(self) -> str | None: ...
    @property
    def pipeline_description(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def pipeline_status(self) -> PipelineStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_run_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parallelism_configuration(self) -> ParallelismConfiguration | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_definition: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_run_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribePipelineResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeProcessingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def processing_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        processing_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeProcessingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeProcessingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def processing_inputs(self) -> list[ProcessingInput] | None: ...
    @property
    def processing_output_config(self) -> ProcessingOutputConfig | None: ...
    @property
    def processing_job_name(self) -> str | None: ...
    @property
    def processing_resources(self) -> ProcessingResources | None: ...
    @property
    def stopping_condition(self) -> ProcessingStoppingCondition | None: ...
    @property
    def app_specification(self) -> AppSpecification | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def network_config(self) -> NetworkConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    @property
    def processing_job_arn(self) -> str | None: ...
    @property
    def processing_job_status(self) -> ProcessingJobStatus | None: ...
    @property
    def exit_message(self) -> str | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def processing_end_time(self) -> datetime | None: ...
    @property
    def processing_start_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def monitoring_schedule_arn(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def training_job_arn(self) -> str | None: ...
    def __init__(
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
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeProcessingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeProjectInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_name(self) -> str: ...
    def __init__(
        self,
        *,
        project_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeProjectInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeProjectOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_arn(self) -> str | None: ...
    @property
    def project_name(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...
    @property
    def project_description(self) -> str | None: ...
    @property
    def service_catalog_provisioning_details(self) -> ServiceCatalogProvisioningDetails | None: ...
    @property
    def service_catalog_provisioned_product_details(self) -> ServiceCatalogProvisionedProductDetails | None: ...
    @property
    def project_status(self) -> ProjectStatus | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
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
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeProjectOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrainingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        training_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrainingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrainingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job_name(self) -> str | None: ...
    @property
    def training_job_arn(self) -> str | None: ...
    @property
    def tuning_job_arn(self) -> str | None: ...
    @property
    def labeling_job_arn(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def model_artifacts(self) -> ModelArtifacts | None: ...
    @property
    def training_job_status(self) -> TrainingJobStatus | None: ...
    @property
    def secondary_status(self) -> SecondaryStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def hyper_parameters(self) -> dict[str, str] | None: ...
    @property
    def algorithm_specification(self) -> AlgorithmSpecification | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def input_data_config(self) -> list[Channel] | None: ...
    @property
    def output_data_config(self) -> OutputDataConfig | None: ...
    @property
    def resource_config(self) -> ResourceConfig | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def stopping_condition(self) -> StoppingCondition | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def training_start_time(self) -> datetime | None: ...
    @property
    def training_end_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def secondary_status_transitions(self) -> list[SecondaryStatusTransition] | None: ...
    @property
    def final_metric_data_list(self) -> list[MetricData] | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def enable_inter_container_traffic_encryption(self) -> bool | None: ...
    @property
    def enable_managed_spot_training(self) -> bool | None: ...
    @property
    def checkpoint_config(self) -> CheckpointConfig | None: ...
    @property
    def training_time_in_seconds(self) -> int | None: ...
    @property
    def billable_time_in_seconds(self) -> int | None: ...
    @property
    def debug_hook_config(self) -> DebugHookConfig | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    @property
    def debug_rule_configurations(self) -> list[DebugRuleConfiguration] | None: ...
    @property
    def tensor_board_output_config(self) -> TensorBoardOutputConfig | None: ...
    @property
    def debug_rule_evaluation_statuses(self) -> list[DebugRuleEvaluationStatus] | None: ...
    def __init__(
        self,
        *,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        tuning_job_arn: str | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        model_artifacts: ModelArtifacts | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: AlgorithmSpecification | None = ...,
        role_arn: str | None = ...,
        input_data_config: list[Channel] | None = ...,
        output_data_config: OutputDataConfig | None = ...,
        resource_config: ResourceConfig | None = ...,
        vpc_config: VpcConfig | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        creation_time: datetime | None = ...,
        training_start_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        secondary_status_transitions: list[SecondaryStatusTransition] | None = ...,
        final_metric_data_list: list[MetricData] | None = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        training_time_in_seconds: int | None = ...,
        billable_time_in_seconds: int | None = ...,
        debug_hook_config: DebugHookConfig | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = ...,
        tensor_board_output_config: TensorBoardOutputConfig | None = ...,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrainingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrialComponentRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str: ...
    def __init__(
        self,
        *,
        trial_component_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrialComponentRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrialComponentResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str | None: ...
    @property
    def trial_component_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def source(self) -> TrialComponentSource | None: ...
    @property
    def status(self) -> TrialComponentStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parameters(self) -> dict[str, TrialComponentParameterValue] | None: ...
    @property
    def input_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def output_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def metrics(self) -> list[TrialComponentMetricSummary] | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    @property
    def sources(self) -> list[TrialComponentSource] | None: ...
    def __init__(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        display_name: str | None = ...,
        source: TrialComponentSource | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        parameters: dict[str, TrialComponentParameterValue] | None = ...,
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        metrics: list[TrialComponentMetricSummary] | None = ...,
        lineage_group_arn: str | None = ...,
        sources: list[TrialComponentSource] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrialComponentResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrialRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_name(self) -> str: ...
    def __init__(
        self,
        *,
        trial_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrialRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeTrialResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_name(self) -> str | None: ...
    @property
    def trial_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def source(self) -> TrialSource | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    def __init__(
        self,
        *,
        trial_name: str | None = ...,
        trial_arn: str | None = ...,
        display_name: str | None = ...,
        experiment_name: str | None = ...,
        source: TrialSource | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeTrialResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeUserProfileRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def user_profile_name(self) -> str: ...
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeUserProfileRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeUserProfileResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str | None: ...
    @property
    def user_profile_arn(self) -> str | None: ...
    @property
    def user_profile_name(self) -> str | None: ...
    @property
    def home_efs_file_system_uid(self) -> str | None: ...
    @property
    def status(self) -> UserProfileStatus | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def single_sign_on_user_identifier(self) -> str | None: ...
    @property
    def single_sign_on_user_value(self) -> str | None: ...
    @property
    def user_settings(self) -> UserSettings | None: ...
    def __init__(
        self,
        *,
        domain_id: str | None = ...,
        user_profile_arn: str | None = ...,
        user_profile_name: str | None = ...,
        home_efs_file_system_uid: str | None = ...,
        status: UserProfileStatus | UserProfileStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        single_sign_on_user_identifier: str | None = ...,
        single_sign_on_user_value: str | None = ...,
        user_settings: UserSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeUserProfileResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DisableSagemakerServicecatalogPortfolioInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DisableSagemakerServicecatalogPortfolioInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DisableSagemakerServicecatalogPortfolioOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DisableSagemakerServicecatalogPortfolioOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DomainSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def security_group_ids(self) -> list[str] | None: ...
    @property
    def r_studio_server_pro_domain_settings(self) -> RStudioServerProDomainSettings | None: ...
    def __init__(
        self,
        *,
        security_group_ids: list[str] | None = ...,
        r_studio_server_pro_domain_settings: RStudioServerProDomainSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DomainSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DomainSettingsForUpdate(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def r_studio_server_pro_domain_settings_for_update(self) -> RStudioServerProDomainSettingsForUpdate | None: ...
    def __init__(
        self,
        *,
        r_studio_server_pro_domain_settings_for_update: RStudioServerProDomainSettingsForUpdate | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DomainSettingsForUpdate: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DriftCheckBaselines(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def bias(self) -> DriftCheckBias | None: ...
    @property
    def explainability(self) -> DriftCheckExplainability | None: ...
    @property
    def model_quality(self) -> DriftCheckModelQuality | None: ...
    @property
    def model_data_quality(self) -> DriftCheckModelDataQuality | None: ...
    def __init__(
        self,
        *,
        bias: DriftCheckBias | None = ...,
        explainability: DriftCheckExplainability | None = ...,
        model_quality: DriftCheckModelQuality | None = ...,
        model_data_quality: DriftCheckModelDataQuality | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DriftCheckBaselines: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DriftCheckBias(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def config_file(self) -> FileSource | None: ...
    @property
    def pre_training_constraints(self) -> MetricsSource | None: ...
    @property
    def post_training_constraints(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        config_file: FileSource | None = ...,
        pre_training_constraints: MetricsSource | None = ...,
        post_training_constraints: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DriftCheckBias: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DriftCheckExplainability(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def constraints(self) -> MetricsSource | None: ...
    @property
    def config_file(self) -> FileSource | None: ...
    def __init__(
        self,
        *,
        constraints: MetricsSource | None = ...,
        config_file: FileSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DriftCheckExplainability: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DriftCheckModelDataQuality(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def statistics(self) -> MetricsSource | None: ...
    @property
    def constraints(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DriftCheckModelDataQuality: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DriftCheckModelQuality(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def statistics(self) -> MetricsSource | None: ...
    @property
    def constraints(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DriftCheckModelQuality: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DynamicScalingConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def min_capacity(self) -> int | None: ...
    @property
    def max_capacity(self) -> int | None: ...
    @property
    def scale_in_cooldown(self) -> int | None: ...
    @property
    def scale_out_cooldown(self) -> int | None: ...
    @property
    def scaling_policies(self) -> list[ScalingPolicy] | None: ...
    def __init__(
        self,
        *,
        min_capacity: int | None = ...,
        max_capacity: int | None = ...,
        scale_in_cooldown: int | None = ...,
        scale_out_cooldown: int | None = ...,
        scaling_policies: list[ScalingPolicy] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DynamicScalingConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...
