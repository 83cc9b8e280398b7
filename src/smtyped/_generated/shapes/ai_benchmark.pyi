# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.ai_benchmark import (
    AIBenchmarkJobStatus,
    as_AIBenchmarkJobStatus_opt,
)
from smtyped._generated.shapes.ai_cloud import AICloudWatchLogs
from smtyped._generated.shapes.ai_mlflow import AIMlflowConfig
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkEndpoint(Shape):
    identifier: str
    target_container_hostname: str | None = None
    inference_components: list[AIBenchmarkInferenceComponent] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkInferenceComponent(Shape):
    identifier: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkJobSummary(Shape):
    ai_benchmark_job_name: str | None = None
    ai_benchmark_job_arn: str | None = None
    ai_benchmark_job_status: AIBenchmarkJobStatus | None = attrs.field(
        default=None, converter=as_AIBenchmarkJobStatus_opt
    )
    creation_time: datetime | None = None
    end_time: datetime | None = None
    ai_workload_config_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkNetworkConfig(Shape):
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkOutputConfig(Shape):
    s3_output_location: str
    mlflow_config: AIMlflowConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkOutputResult(Shape):
    s3_output_location: str | None = None
    cloud_watch_logs: list[AICloudWatchLogs] | None = None
    mlflow_config: AIMlflowConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIBenchmarkTarget(Shape):
    endpoint: AIBenchmarkEndpoint | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
