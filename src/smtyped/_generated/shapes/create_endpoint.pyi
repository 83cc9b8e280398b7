# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.async_inference import AsyncInferenceConfig
from smtyped._generated.shapes.data_capture import DataCaptureConfig
from smtyped._generated.shapes.deployment_config import DeploymentConfig
from smtyped._generated.shapes.explainer_config import ExplainerConfig
from smtyped._generated.shapes.metrics_config import MetricsConfig
from smtyped._generated.shapes.production_variant import ProductionVariant
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class CreateEndpointConfigInput(Shape):
    endpoint_config_name: str
    production_variants: list[ProductionVariant]
    data_capture_config: DataCaptureConfig | None = None
    tags: list[Tag] | None = None
    kms_key_id: str | None = None
    async_inference_config: AsyncInferenceConfig | None = None
    explainer_config: ExplainerConfig | None = None
    shadow_production_variants: list[ProductionVariant] | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    enable_network_isolation: bool | None = None
    metrics_config: MetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEndpointConfigOutput(OutputShape):
    endpoint_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEndpointInput(Shape):
    endpoint_name: str
    endpoint_config_name: str
    deployment_config: DeploymentConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEndpointOutput(OutputShape):
    endpoint_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
