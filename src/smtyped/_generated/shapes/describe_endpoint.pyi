# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.endpoint_status import (
    EndpointStatus,
    as_EndpointStatus_opt,
)
from smtyped._generated.shapes.async_inference import AsyncInferenceConfig
from smtyped._generated.shapes.data_capture import DataCaptureConfig, DataCaptureConfigSummary
from smtyped._generated.shapes.deployment_config import DeploymentConfig
from smtyped._generated.shapes.explainer_config import ExplainerConfig
from smtyped._generated.shapes.metrics_config import MetricsConfig
from smtyped._generated.shapes.pending_deployment import PendingDeploymentSummary
from smtyped._generated.shapes.production_variant import ProductionVariant, ProductionVariantSummary
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointConfigInput(Shape):
    endpoint_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointConfigOutput(OutputShape):
    endpoint_config_name: str | None = None
    endpoint_config_arn: str | None = None
    production_variants: list[ProductionVariant] | None = None
    data_capture_config: DataCaptureConfig | None = None
    kms_key_id: str | None = None
    creation_time: datetime | None = None
    async_inference_config: AsyncInferenceConfig | None = None
    explainer_config: ExplainerConfig | None = None
    shadow_production_variants: list[ProductionVariant] | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    enable_network_isolation: bool | None = None
    metrics_config: MetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointInput(Shape):
    endpoint_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointOutput(OutputShape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    endpoint_config_name: str | None = None
    production_variants: list[ProductionVariantSummary] | None = None
    data_capture_config: DataCaptureConfigSummary | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_deployment_config: DeploymentConfig | None = None
    async_inference_config: AsyncInferenceConfig | None = None
    pending_deployment_summary: PendingDeploymentSummary | None = None
    explainer_config: ExplainerConfig | None = None
    shadow_production_variants: list[ProductionVariantSummary] | None = None
    metrics_config: MetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
