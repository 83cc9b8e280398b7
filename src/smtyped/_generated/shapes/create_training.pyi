# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.algorithm_specification import AlgorithmSpecification
from smtyped._generated.shapes.channel import Channel
from smtyped._generated.shapes.checkpoint_config import CheckpointConfig
from smtyped._generated.shapes.debug_hook import DebugHookConfig
from smtyped._generated.shapes.debug_rule import DebugRuleConfiguration
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.infra_check import InfraCheckConfig
from smtyped._generated.shapes.mlflow_config import MlflowConfig
from smtyped._generated.shapes.model_package import ModelPackageConfig
from smtyped._generated.shapes.output_data import OutputDataConfig
from smtyped._generated.shapes.profiler_config import ProfilerConfig
from smtyped._generated.shapes.profiler_rule import ProfilerRuleConfiguration
from smtyped._generated.shapes.remote_debug import RemoteDebugConfig
from smtyped._generated.shapes.resource_config import ResourceConfig
from smtyped._generated.shapes.retry_strategy import RetryStrategy
from smtyped._generated.shapes.serverless_job import ServerlessJobConfig
from smtyped._generated.shapes.session_chaining import SessionChainingConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.tensor_board import TensorBoardOutputConfig
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class CreateTrainingJobRequest(Shape):
    training_job_name: str
    role_arn: str
    output_data_config: OutputDataConfig
    hyper_parameters: dict[str, str] | None = None
    algorithm_specification: AlgorithmSpecification | None = None
    input_data_config: list[Channel] | None = None
    resource_config: ResourceConfig | None = None
    vpc_config: VpcConfig | None = None
    stopping_condition: StoppingCondition | None = None
    tags: list[Tag] | None = None
    enable_network_isolation: bool | None = None
    enable_inter_container_traffic_encryption: bool | None = None
    enable_managed_spot_training: bool | None = None
    checkpoint_config: CheckpointConfig | None = None
    debug_hook_config: DebugHookConfig | None = None
    debug_rule_configurations: list[DebugRuleConfiguration] | None = None
    tensor_board_output_config: TensorBoardOutputConfig | None = None
    experiment_config: ExperimentConfig | None = None
    profiler_config: ProfilerConfig | None = None
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None
    environment: dict[str, str] | None = None
    retry_strategy: RetryStrategy | None = None
    remote_debug_config: RemoteDebugConfig | None = None
    infra_check_config: InfraCheckConfig | None = None
    session_chaining_config: SessionChainingConfig | None = None
    serverless_job_config: ServerlessJobConfig | None = None
    mlflow_config: MlflowConfig | None = None
    model_package_config: ModelPackageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrainingJobResponse(OutputShape):
    training_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrainingPlanRequest(Shape):
    training_plan_name: str
    training_plan_offering_id: str
    spare_instance_count_per_ultra_server: int | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrainingPlanResponse(OutputShape):
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
