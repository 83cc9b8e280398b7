# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.ai_benchmark import (
    AIBenchmarkJobStatus,
    as_AIBenchmarkJobStatus_opt,
)
from smtyped._generated.enums.ai_recommendation import (
    AIRecommendationJobStatus,
    as_AIRecommendationJobStatus_opt,
)
from smtyped._generated.shapes.ai_adapter import AIAdapterSource
from smtyped._generated.shapes.ai_benchmark import AIBenchmarkNetworkConfig, AIBenchmarkOutputResult, AIBenchmarkTarget
from smtyped._generated.shapes.ai_dataset import AIDatasetConfig
from smtyped._generated.shapes.ai_model import AIModelSource
from smtyped._generated.shapes.ai_recommendation import (
    AIRecommendation,
    AIRecommendationComputeSpec,
    AIRecommendationInferenceSpecification,
    AIRecommendationOutputResult,
    AIRecommendationPerformanceTarget,
)
from smtyped._generated.shapes.ai_workload import AIWorkloadConfigs
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIBenchmarkJobRequest(Shape):
    ai_benchmark_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIBenchmarkJobResponse(OutputShape):
    ai_benchmark_job_name: str | None = None
    ai_benchmark_job_arn: str | None = None
    ai_benchmark_job_status: AIBenchmarkJobStatus | None = attrs.field(
        default=None, converter=as_AIBenchmarkJobStatus_opt
    )
    failure_reason: str | None = None
    benchmark_target: AIBenchmarkTarget | None = None
    output_config: AIBenchmarkOutputResult | None = None
    ai_workload_config_identifier: str | None = None
    role_arn: str | None = None
    network_config: AIBenchmarkNetworkConfig | None = None
    creation_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIRecommendationJobRequest(Shape):
    ai_recommendation_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIRecommendationJobResponse(OutputShape):
    ai_recommendation_job_name: str | None = None
    ai_recommendation_job_arn: str | None = None
    ai_recommendation_job_status: AIRecommendationJobStatus | None = attrs.field(
        default=None, converter=as_AIRecommendationJobStatus_opt
    )
    failure_reason: str | None = None
    model_source: AIModelSource | None = None
    output_config: AIRecommendationOutputResult | None = None
    inference_specification: AIRecommendationInferenceSpecification | None = None
    ai_workload_config_identifier: str | None = None
    optimize_model: bool | None = None
    performance_target: AIRecommendationPerformanceTarget | None = None
    recommendations: list[AIRecommendation] | None = None
    role_arn: str | None = None
    compute_spec: AIRecommendationComputeSpec | None = None
    adapter_source: AIAdapterSource | None = None
    creation_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIWorkloadConfigRequest(Shape):
    ai_workload_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAIWorkloadConfigResponse(OutputShape):
    ai_workload_config_name: str | None = None
    ai_workload_config_arn: str | None = None
    dataset_config: AIDatasetConfig | None = None
    ai_workload_configs: AIWorkloadConfigs | None = None
    tags: list[Tag] | None = None
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
