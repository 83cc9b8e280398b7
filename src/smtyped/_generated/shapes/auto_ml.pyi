# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_ml import (
    AutoMLAlgorithm,
    AutoMLAlgorithmLiteral,
    AutoMLChannelType,
    AutoMLJobSecondaryStatus,
    AutoMLJobStatus,
    AutoMLMetricEnum,
    AutoMLMode,
    as_AutoMLChannelType_opt,
    as_AutoMLJobSecondaryStatus_opt,
    as_AutoMLJobStatus_opt,
    as_AutoMLMetricEnum,
    as_AutoMLMode_opt,
)
from smtyped._generated.enums.candidate_status import (
    CandidateStatus,
    as_CandidateStatus_opt,
)
from smtyped._generated.enums.candidate_step import (
    CandidateStepType,
    as_CandidateStepType_opt,
)
from smtyped._generated.enums.compression_type import (
    CompressionType,
    as_CompressionType_opt,
)
from smtyped._generated.enums.objective_status import (
    ObjectiveStatus,
    as_ObjectiveStatus_opt,
)
from smtyped._generated.shapes.auto_mls3 import AutoMLS3DataSource
from smtyped._generated.shapes.candidate_properties import CandidateProperties
from smtyped._generated.shapes.emr_serverless import EmrServerlessComputeConfig
from smtyped._generated.shapes.final_auto import FinalAutoMLJobObjectiveMetric
from smtyped._generated.shapes.image_classification import ImageClassificationJobConfig
from smtyped._generated.shapes.tabular_job import TabularJobConfig
from smtyped._generated.shapes.tabular_resolved import TabularResolvedAttributes
from smtyped._generated.shapes.text_classification import TextClassificationJobConfig
from smtyped._generated.shapes.text_generation import TextGenerationJobConfig, TextGenerationResolvedAttributes
from smtyped._generated.shapes.time_series import TimeSeriesForecastingJobConfig
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class AutoMLAlgorithmConfig(Shape):
    auto_ml_algorithms: list[AutoMLAlgorithm | AutoMLAlgorithmLiteral]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidate(Shape):
    candidate_name: str | None = None
    final_auto_ml_job_objective_metric: FinalAutoMLJobObjectiveMetric | None = None
    objective_status: ObjectiveStatus | None = attrs.field(default=None, converter=as_ObjectiveStatus_opt)
    candidate_steps: list[AutoMLCandidateStep] | None = None
    candidate_status: CandidateStatus | None = attrs.field(default=None, converter=as_CandidateStatus_opt)
    inference_containers: list[AutoMLContainerDefinition] | None = None
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    candidate_properties: CandidateProperties | None = None
    inference_container_definitions: dict[str, list[AutoMLContainerDefinition]] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidateGenerationConfig(Shape):
    feature_specification_s3_uri: str | None = None
    algorithms_config: list[AutoMLAlgorithmConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidateStep(Shape):
    candidate_step_type: CandidateStepType | None = attrs.field(default=None, converter=as_CandidateStepType_opt)
    candidate_step_arn: str | None = None
    candidate_step_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLChannel(Shape):
    target_attribute_name: str
    data_source: AutoMLDataSource | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    content_type: str | None = None
    channel_type: AutoMLChannelType | None = attrs.field(default=None, converter=as_AutoMLChannelType_opt)
    sample_weight_attribute_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLComputeConfig(Shape):
    emr_serverless_compute_config: EmrServerlessComputeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLContainerDefinition(Shape):
    image: str | None = None
    model_data_url: str | None = None
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLDataSource(Shape):
    s3_data_source: AutoMLS3DataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLDataSplitConfig(Shape):
    validation_fraction: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobArtifacts(Shape):
    candidate_definition_notebook_location: str | None = None
    data_exploration_notebook_location: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobChannel(Shape):
    channel_type: AutoMLChannelType | None = attrs.field(default=None, converter=as_AutoMLChannelType_opt)
    content_type: str | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    data_source: AutoMLDataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobCompletionCriteria(Shape):
    max_candidates: int | None = None
    max_runtime_per_training_job_in_seconds: int | None = None
    max_auto_ml_job_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobConfig(Shape):
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    security_config: AutoMLSecurityConfig | None = None
    candidate_generation_config: AutoMLCandidateGenerationConfig | None = None
    data_split_config: AutoMLDataSplitConfig | None = None
    mode: AutoMLMode | None = attrs.field(default=None, converter=as_AutoMLMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobObjective(Shape):
    metric_name: AutoMLMetricEnum = attrs.field(converter=as_AutoMLMetricEnum)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobSummary(Shape):
    auto_ml_job_name: str | None = None
    auto_ml_job_arn: str | None = None
    auto_ml_job_status: AutoMLJobStatus | None = attrs.field(default=None, converter=as_AutoMLJobStatus_opt)
    auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | None = attrs.field(
        default=None, converter=as_AutoMLJobSecondaryStatus_opt
    )
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLOutputDataConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLPartialFailureReason(Shape):
    partial_failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLProblemTypeConfig(Shape):
    image_classification_job_config: ImageClassificationJobConfig | None = None
    text_classification_job_config: TextClassificationJobConfig | None = None
    time_series_forecasting_job_config: TimeSeriesForecastingJobConfig | None = None
    tabular_job_config: TabularJobConfig | None = None
    text_generation_job_config: TextGenerationJobConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLProblemTypeResolvedAttributes(Shape):
    tabular_resolved_attributes: TabularResolvedAttributes | None = None
    text_generation_resolved_attributes: TextGenerationResolvedAttributes | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLResolvedAttributes(Shape):
    auto_ml_job_objective: AutoMLJobObjective | None = None
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    auto_ml_problem_type_resolved_attributes: AutoMLProblemTypeResolvedAttributes | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLSecurityConfig(Shape):
    volume_kms_key_id: str | None = None
    enable_inter_container_traffic_encryption: bool | None = None
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
