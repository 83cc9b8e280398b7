# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.service_catalog import ServiceCatalogProvisioningUpdateDetails
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.update_template import UpdateTemplateProvider

@attrs.frozen(kw_only=True, slots=False)
class UpdateProjectInput(Shape):
    project_name: str
    project_description: str | None = None
    service_catalog_provisioning_update_details: ServiceCatalogProvisioningUpdateDetails | None = None
    tags: list[Tag] | None = None
    template_providers_to_update: list[UpdateTemplateProvider] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateProjectOutput(OutputShape):
    project_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
