# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.ai_adapter import AIAdapterSource
from smtyped._generated.shapes.ai_benchmark import AIBenchmarkNetworkConfig, AIBenchmarkOutputConfig, AIBenchmarkTarget
from smtyped._generated.shapes.ai_dataset import AIDatasetConfig
from smtyped._generated.shapes.ai_model import AIModelSource
from smtyped._generated.shapes.ai_recommendation import (
    AIRecommendationComputeSpec,
    AIRecommendationInferenceSpecification,
    AIRecommendationOutputConfig,
    AIRecommendationPerformanceTarget,
)
from smtyped._generated.shapes.ai_workload import AIWorkloadConfigs
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateAIBenchmarkJobRequest(Shape):
    ai_benchmark_job_name: str
    benchmark_target: AIBenchmarkTarget
    output_config: AIBenchmarkOutputConfig
    ai_workload_config_identifier: str
    role_arn: str
    network_config: AIBenchmarkNetworkConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAIBenchmarkJobResponse(OutputShape):
    ai_benchmark_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAIRecommendationJobRequest(Shape):
    ai_recommendation_job_name: str
    model_source: AIModelSource
    output_config: AIRecommendationOutputConfig
    ai_workload_config_identifier: str
    performance_target: AIRecommendationPerformanceTarget
    role_arn: str
    inference_specification: AIRecommendationInferenceSpecification | None = None
    optimize_model: bool | None = None
    compute_spec: AIRecommendationComputeSpec | None = None
    adapter_source: AIAdapterSource | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAIRecommendationJobResponse(OutputShape):
    ai_recommendation_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAIWorkloadConfigRequest(Shape):
    ai_workload_config_name: str
    dataset_config: AIDatasetConfig | None = None
    ai_workload_configs: AIWorkloadConfigs | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAIWorkloadConfigResponse(OutputShape):
    ai_workload_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
