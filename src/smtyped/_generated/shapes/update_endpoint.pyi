# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.deployment_config import DeploymentConfig
from smtyped._generated.shapes.desired_weight import DesiredWeightAndCapacity
from smtyped._generated.shapes.variant_property import VariantProperty

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointInput(Shape):
    endpoint_name: str
    endpoint_config_name: str
    retain_all_variant_properties: bool | None = None
    exclude_retained_variant_properties: list[VariantProperty] | None = None
    deployment_config: DeploymentConfig | None = None
    retain_deployment_config: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointOutput(OutputShape):
    endpoint_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointWeightsAndCapacitiesInput(Shape):
    endpoint_name: str
    desired_weights_and_capacities: list[DesiredWeightAndCapacity]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointWeightsAndCapacitiesOutput(OutputShape):
    endpoint_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
