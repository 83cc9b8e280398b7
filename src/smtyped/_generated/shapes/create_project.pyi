# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.create_template import CreateTemplateProvider
from smtyped._generated.shapes.service_catalog import ServiceCatalogProvisioningDetails
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectInput(Shape):
    project_name: str
    project_description: str | None = None
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None
    tags: list[Tag] | None = None
    template_providers: list[CreateTemplateProvider] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectOutput(OutputShape):
    project_arn: str | None = None
    project_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
