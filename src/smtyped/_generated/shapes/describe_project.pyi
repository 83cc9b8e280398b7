# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.project_status import (
    ProjectStatus,
    as_ProjectStatus_opt,
)
from smtyped._generated.shapes.service_catalog import (
    ServiceCatalogProvisionedProductDetails,
    ServiceCatalogProvisioningDetails,
)
from smtyped._generated.shapes.template_provider import TemplateProviderDetail
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeProjectInput(Shape):
    project_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeProjectOutput(OutputShape):
    project_arn: str | None = None
    project_name: str | None = None
    project_id: str | None = None
    project_description: str | None = None
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None
    service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = None
    project_status: ProjectStatus | None = attrs.field(default=None, converter=as_ProjectStatus_opt)
    template_provider_details: list[TemplateProviderDetail] | None = None
    created_by: UserContext | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
