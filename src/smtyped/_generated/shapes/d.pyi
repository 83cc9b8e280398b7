# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import AppType, AppTypeLiteral
from smtyped._generated.enums.c import CaptureStatus, CaptureStatusLiteral
from smtyped._generated.enums.d import DataDistributionType, DataDistributionTypeLiteral
from smtyped._generated.enums.i import InputMode, InputModeLiteral
from smtyped._generated.enums.j import JoinSource, JoinSourceLiteral
from smtyped._generated.enums.p import ProcessingInstanceType, ProcessingInstanceTypeLiteral
from smtyped._generated.enums.r import (
    RecommendationStatus,
    RecommendationStatusLiteral,
    RuleEvaluationStatus,
    RuleEvaluationStatusLiteral,
)
from smtyped._generated.shapes.a import AlarmDetails, ArtifactSource, AthenaDatasetDefinition
from smtyped._generated.shapes.a2 import AutoRollbackConfig
from smtyped._generated.shapes.b import BlueGreenUpdatePolicy
from smtyped._generated.shapes.c import CollectionConfiguration
from smtyped._generated.shapes.f import FileSystemDataSource
from smtyped._generated.shapes.r import (
    RealTimeInferenceRecommendation,
    RedshiftDatasetDefinition,
    RollingDeploymentPolicy,
)
from smtyped._generated.shapes.s import S3DataSource

class DataCaptureConfigSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def enable_capture(self) -> bool | None: ...
    @property
    def capture_status(self) -> CaptureStatus | None: ...
    @property
    def current_sampling_percentage(self) -> int | None: ...
    @property
    def destination_s3_uri(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        enable_capture: bool | None = ...,
        capture_status: CaptureStatus | CaptureStatusLiteral | None = ...,
        current_sampling_percentage: int | None = ...,
        destination_s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DataCaptureConfigSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DataCatalogConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def table_name(self) -> str | None: ...
    @property
    def catalog(self) -> str | None: ...
    @property
    def database(self) -> str | None: ...
    def __init__(
        self,
        *,
        table_name: str | None = ...,
        catalog: str | None = ...,
        database: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DataCatalogConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DataProcessing(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def input_filter(self) -> str | None: ...
    @property
    def output_filter(self) -> str | None: ...
    @property
    def join_source(self) -> JoinSource | None: ...
    def __init__(
        self,
        *,
        input_filter: str | None = ...,
        output_filter: str | None = ...,
        join_source: JoinSource | JoinSourceLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DataProcessing: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_source(self) -> S3DataSource | None: ...
    @property
    def file_system_data_source(self) -> FileSystemDataSource | None: ...
    def __init__(
        self,
        *,
        s3_data_source: S3DataSource | None = ...,
        file_system_data_source: FileSystemDataSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DatasetDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def athena_dataset_definition(self) -> AthenaDatasetDefinition | None: ...
    @property
    def redshift_dataset_definition(self) -> RedshiftDatasetDefinition | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def data_distribution_type(self) -> DataDistributionType | None: ...
    @property
    def input_mode(self) -> InputMode | None: ...
    def __init__(
        self,
        *,
        athena_dataset_definition: AthenaDatasetDefinition | None = ...,
        redshift_dataset_definition: RedshiftDatasetDefinition | None = ...,
        local_path: str | None = ...,
        data_distribution_type: DataDistributionType | DataDistributionTypeLiteral | None = ...,
        input_mode: InputMode | InputModeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DatasetDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DatasetSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def dataset_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        dataset_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DatasetSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DebugHookConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    @property
    def hook_parameters(self) -> dict[str, str] | None: ...
    @property
    def collection_configurations(self) -> list[CollectionConfiguration] | None: ...
    def __init__(
        self,
        *,
        local_path: str | None = ...,
        s3_output_path: str | None = ...,
        hook_parameters: dict[str, str] | None = ...,
        collection_configurations: list[CollectionConfiguration] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DebugHookConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DebugRuleConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def rule_configuration_name(self) -> str | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    @property
    def rule_evaluator_image(self) -> str | None: ...
    @property
    def instance_type(self) -> ProcessingInstanceType | None: ...
    @property
    def volume_size_in_gb(self) -> int | None: ...
    @property
    def rule_parameters(self) -> dict[str, str] | None: ...
    def __init__(
        self,
        *,
        rule_configuration_name: str | None = ...,
        local_path: str | None = ...,
        s3_output_path: str | None = ...,
        rule_evaluator_image: str | None = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        rule_parameters: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DebugRuleConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DebugRuleEvaluationStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def rule_configuration_name(self) -> str | None: ...
    @property
    def rule_evaluation_job_arn(self) -> str | None: ...
    @property
    def rule_evaluation_status(self) -> RuleEvaluationStatus | None: ...
    @property
    def status_details(self) -> str | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        rule_configuration_name: str | None = ...,
        rule_evaluation_job_arn: str | None = ...,
        rule_evaluation_status: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None = ...,
        status_details: str | None = ...,
        last_modified_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DebugRuleEvaluationStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteActionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_name(self) -> str: ...
    def __init__(
        self,
        *,
        action_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteActionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteActionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        action_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteActionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteAppRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def user_profile_name(self) -> str: ...
    @property
    def app_type(self) -> AppType: ...
    @property
    def app_name(self) -> str: ...
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteAppRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteAppResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteAppResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteArtifactRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str | None: ...
    @property
    def source(self) -> ArtifactSource | None: ...
    def __init__(
        self,
        *,
        artifact_arn: str | None = ...,
        source: ArtifactSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteArtifactRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteArtifactResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        artifact_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteArtifactResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteAssociationRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str: ...
    @property
    def destination_arn(self) -> str: ...
    def __init__(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteAssociationRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteAssociationResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def destination_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteAssociationResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteContextRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_name(self) -> str: ...
    def __init__(
        self,
        *,
        context_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteContextRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteContextResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        context_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteContextResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteFeatureGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteFeatureGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteFeatureGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteFeatureGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteHyperParameterTuningJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hyper_parameter_tuning_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteHyperParameterTuningJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteHyperParameterTuningJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteHyperParameterTuningJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteImageVersionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_name(self) -> str: ...
    @property
    def version(self) -> int | None: ...
    @property
    def alias(self) -> str | None: ...
    def __init__(
        self,
        *,
        image_name: str,
        version: int | None = ...,
        alias: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteImageVersionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteImageVersionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteImageVersionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteModelPackageGroupInput(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteModelPackageGroupInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteModelPackageGroupPolicyInput(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteModelPackageGroupPolicyInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteModelPackageGroupPolicyResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteModelPackageGroupPolicyResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteModelPackageGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteModelPackageGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeletePipelineRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    @property
    def client_request_token(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeletePipelineRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeletePipelineResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeletePipelineResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteProjectInput(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteProjectInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeleteProjectResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeleteProjectResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeployedImage(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def specified_image(self) -> str | None: ...
    @property
    def resolved_image(self) -> str | None: ...
    @property
    def resolution_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        specified_image: str | None = ...,
        resolved_image: str | None = ...,
        resolution_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeployedImage: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeploymentConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def blue_green_update_policy(self) -> BlueGreenUpdatePolicy: ...
    @property
    def auto_rollback_configuration(self) -> AutoRollbackConfig | None: ...
    def __init__(
        self,
        *,
        blue_green_update_policy: BlueGreenUpdatePolicy,
        auto_rollback_configuration: AutoRollbackConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeploymentConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeploymentConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def rolling_update_policy(self) -> RollingDeploymentPolicy | None: ...
    @property
    def wait_interval_in_seconds(self) -> int | None: ...
    @property
    def auto_rollback_configuration(self) -> list[AlarmDetails] | None: ...
    def __init__(
        self,
        *,
        rolling_update_policy: RollingDeploymentPolicy | None = ...,
        wait_interval_in_seconds: int | None = ...,
        auto_rollback_configuration: list[AlarmDetails] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeploymentConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DeploymentRecommendation(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def recommendation_status(self) -> RecommendationStatus | None: ...
    @property
    def real_time_inference_recommendations(self) -> list[RealTimeInferenceRecommendation] | None: ...
    def __init__(
        self,
        *,
        recommendation_status: RecommendationStatus | RecommendationStatusLiteral | None = ...,
        real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DeploymentRecommendation: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeActionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_name(self) -> str: ...
    def __init__(
        self,
        *,
        action_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeActionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...
