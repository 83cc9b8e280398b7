# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.pipeline_execution import (
    PipelineExecutionStatus,
    as_PipelineExecutionStatus_opt,
)
from smtyped._generated.enums.step_status import StepStatus, as_StepStatus_opt
from smtyped._generated.shapes.auto_ml import AutoMLJobStepMetadata
from smtyped._generated.shapes.bedrock_custom import BedrockCustomModelDeploymentMetadata, BedrockCustomModelMetadata
from smtyped._generated.shapes.bedrock_model import BedrockModelImportMetadata
from smtyped._generated.shapes.bedrock_provisioned import BedrockProvisionedModelThroughputMetadata
from smtyped._generated.shapes.cache_hit import CacheHitResult
from smtyped._generated.shapes.callback_step import CallbackStepMetadata
from smtyped._generated.shapes.clarify_check import ClarifyCheckStepMetadata
from smtyped._generated.shapes.condition_step import ConditionStepMetadata
from smtyped._generated.shapes.emr_step import EMRStepMetadata
from smtyped._generated.shapes.endpoint_config import EndpointConfigStepMetadata
from smtyped._generated.shapes.endpoint_step import EndpointStepMetadata
from smtyped._generated.shapes.fail_step import FailStepMetadata
from smtyped._generated.shapes.inference_component import InferenceComponentMetadata
from smtyped._generated.shapes.job_step import JobStepMetadata
from smtyped._generated.shapes.lambda_step import LambdaStepMetadata
from smtyped._generated.shapes.lineage_metadata import LineageMetadata
from smtyped._generated.shapes.model_step import ModelStepMetadata
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.parameter import Parameter
from smtyped._generated.shapes.pipeline_experiment import PipelineExperimentConfig
from smtyped._generated.shapes.processing_job import ProcessingJobStepMetadata
from smtyped._generated.shapes.quality_check import QualityCheckStepMetadata
from smtyped._generated.shapes.register_model import RegisterModelStepMetadata
from smtyped._generated.shapes.selective_execution import SelectiveExecutionConfig, SelectiveExecutionResult
from smtyped._generated.shapes.training_job import TrainingJobStepMetadata
from smtyped._generated.shapes.transform_job import TransformJobStepMetadata
from smtyped._generated.shapes.tuning_job import TuningJobStepMetaData
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecution(Shape):
    pipeline_arn: str | None = None
    pipeline_execution_arn: str | None = None
    pipeline_execution_display_name: str | None = None
    pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_execution_description: str | None = None
    pipeline_experiment_config: PipelineExperimentConfig | None = None
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    pipeline_parameters: list[Parameter] | None = None
    selective_execution_config: SelectiveExecutionConfig | None = None
    pipeline_version_id: int | None = None
    pipeline_version_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionStep(Shape):
    step_name: str | None = None
    step_display_name: str | None = None
    step_description: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    step_status: StepStatus | None = attrs.field(default=None, converter=as_StepStatus_opt)
    cache_hit_result: CacheHitResult | None = None
    failure_reason: str | None = None
    metadata: PipelineExecutionStepMetadata | None = None
    attempt_count: int | None = None
    selective_execution_result: SelectiveExecutionResult | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionStepMetadata(Shape):
    training_job: TrainingJobStepMetadata | None = None
    processing_job: ProcessingJobStepMetadata | None = None
    transform_job: TransformJobStepMetadata | None = None
    tuning_job: TuningJobStepMetaData | None = None
    model: ModelStepMetadata | None = None
    register_model: RegisterModelStepMetadata | None = None
    condition: ConditionStepMetadata | None = None
    callback: CallbackStepMetadata | None = None
    lambda_: LambdaStepMetadata | None = None
    emr: EMRStepMetadata | None = None
    quality_check: QualityCheckStepMetadata | None = None
    clarify_check: ClarifyCheckStepMetadata | None = None
    fail: FailStepMetadata | None = None
    auto_ml_job: AutoMLJobStepMetadata | None = None
    endpoint: EndpointStepMetadata | None = None
    endpoint_config: EndpointConfigStepMetadata | None = None
    bedrock_custom_model: BedrockCustomModelMetadata | None = None
    bedrock_custom_model_deployment: BedrockCustomModelDeploymentMetadata | None = None
    bedrock_provisioned_model_throughput: BedrockProvisionedModelThroughputMetadata | None = None
    bedrock_model_import: BedrockModelImportMetadata | None = None
    inference_component: InferenceComponentMetadata | None = None
    lineage: LineageMetadata | None = None
    job: JobStepMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionSummary(Shape):
    pipeline_execution_arn: str | None = None
    start_time: datetime | None = None
    pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_execution_description: str | None = None
    pipeline_execution_display_name: str | None = None
    pipeline_execution_failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
