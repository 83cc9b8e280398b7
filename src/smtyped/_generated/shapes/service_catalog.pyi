# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.provisioning_parameter import ProvisioningParameter

@attrs.frozen(kw_only=True, slots=False)
class ServiceCatalogProvisionedProductDetails(Shape):
    provisioned_product_id: str | None = None
    provisioned_product_status_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ServiceCatalogProvisioningDetails(Shape):
    product_id: str
    provisioning_artifact_id: str | None = None
    path_id: str | None = None
    provisioning_parameters: list[ProvisioningParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ServiceCatalogProvisioningUpdateDetails(Shape):
    provisioning_artifact_id: str | None = None
    provisioning_parameters: list[ProvisioningParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
