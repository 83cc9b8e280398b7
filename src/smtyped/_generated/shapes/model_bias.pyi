# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.batch_transform import BatchTransformInput
from smtyped._generated.shapes.endpoint_input import EndpointInput
from smtyped._generated.shapes.monitoring_constraints import MonitoringConstraintsResource
from smtyped._generated.shapes.monitoring_ground import MonitoringGroundTruthS3Input

@attrs.frozen(kw_only=True, slots=False)
class ModelBiasAppSpecification(Shape):
    image_uri: str
    config_uri: str
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelBiasBaselineConfig(Shape):
    baselining_job_name: str | None = None
    constraints_resource: MonitoringConstraintsResource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelBiasJobInput(Shape):
    ground_truth_s3_input: MonitoringGroundTruthS3Input
    endpoint_input: EndpointInput | None = None
    batch_transform_input: BatchTransformInput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
