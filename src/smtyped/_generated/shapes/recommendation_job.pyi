# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.flat_invocations import (
    FlatInvocations,
    as_FlatInvocations_opt,
)
from smtyped._generated.enums.recommendation_job import (
    RecommendationJobSupportedEndpointType,
    as_RecommendationJobSupportedEndpointType_opt,
)
from smtyped._generated.shapes.endpoint_info import EndpointInfo
from smtyped._generated.shapes.endpoint_input import EndpointInputConfiguration
from smtyped._generated.shapes.endpoint_output import EndpointOutputConfiguration
from smtyped._generated.shapes.inference_metrics import InferenceMetrics
from smtyped._generated.shapes.model_configuration import ModelConfiguration
from smtyped._generated.shapes.model_latency import ModelLatencyThreshold
from smtyped._generated.shapes.recommendation_metrics import RecommendationMetrics
from smtyped._generated.shapes.traffic_pattern import TrafficPattern

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobCompiledOutputConfig(Shape):
    s3_output_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobContainerConfig(Shape):
    domain: str | None = None
    task: str | None = None
    framework: str | None = None
    framework_version: str | None = None
    payload_config: RecommendationJobPayloadConfig | None = None
    nearest_model_name: str | None = None
    supported_instance_types: list[str] | None = None
    supported_endpoint_type: RecommendationJobSupportedEndpointType | None = attrs.field(
        default=None, converter=as_RecommendationJobSupportedEndpointType_opt
    )
    data_input_config: str | None = None
    supported_response_mime_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobInferenceBenchmark(Shape):
    metrics: RecommendationMetrics | None = None
    endpoint_metrics: InferenceMetrics | None = None
    endpoint_configuration: EndpointOutputConfiguration | None = None
    model_configuration: ModelConfiguration | None = None
    failure_reason: str | None = None
    invocation_end_time: datetime | None = None
    invocation_start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobInputConfig(Shape):
    model_package_version_arn: str | None = None
    model_name: str | None = None
    job_duration_in_seconds: int | None = None
    traffic_pattern: TrafficPattern | None = None
    resource_limit: RecommendationJobResourceLimit | None = None
    endpoint_configurations: list[EndpointInputConfiguration] | None = None
    volume_kms_key_id: str | None = None
    container_config: RecommendationJobContainerConfig | None = None
    endpoints: list[EndpointInfo] | None = None
    vpc_config: RecommendationJobVpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobOutputConfig(Shape):
    kms_key_id: str | None = None
    compiled_output_config: RecommendationJobCompiledOutputConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobPayloadConfig(Shape):
    sample_payload_url: str | None = None
    supported_content_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobResourceLimit(Shape):
    max_number_of_tests: int | None = None
    max_parallel_of_tests: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobStoppingConditions(Shape):
    max_invocations: int | None = None
    model_latency_thresholds: list[ModelLatencyThreshold] | None = None
    flat_invocations: FlatInvocations | None = attrs.field(default=None, converter=as_FlatInvocations_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobVpcConfig(Shape):
    security_group_ids: list[str]
    subnets: list[str]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
