# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.monitoring_problem import MonitoringProblemType, as_MonitoringProblemType_opt
from smtyped._generated.shapes.batch_transform import BatchTransformInput
from smtyped._generated.shapes.endpoint_input import EndpointInput
from smtyped._generated.shapes.metrics_source import MetricsSource
from smtyped._generated.shapes.monitoring_constraints import MonitoringConstraintsResource
from smtyped._generated.shapes.monitoring_ground import MonitoringGroundTruthS3Input

@attrs.frozen(kw_only=True, slots=False)
class ModelQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelQualityAppSpecification(Shape):
    image_uri: str
    container_entrypoint: list[str] | None = None
    container_arguments: list[str] | None = None
    record_preprocessor_source_uri: str | None = None
    post_analytics_processor_source_uri: str | None = None
    problem_type: MonitoringProblemType | None = attrs.field(default=None, converter=as_MonitoringProblemType_opt)
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelQualityBaselineConfig(Shape):
    baselining_job_name: str | None = None
    constraints_resource: MonitoringConstraintsResource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelQualityJobInput(Shape):
    ground_truth_s3_input: MonitoringGroundTruthS3Input
    endpoint_input: EndpointInput | None = None
    batch_transform_input: BatchTransformInput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
