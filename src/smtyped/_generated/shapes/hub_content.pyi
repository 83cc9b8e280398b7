# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.hub_content import (
    HubContentStatus,
    HubContentSupportStatus,
    HubContentType,
    as_HubContentStatus_opt,
    as_HubContentSupportStatus_opt,
    as_HubContentType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class HubContentDependency(Shape):
    dependency_origin_path: str | None = None
    dependency_copy_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HubContentInfo(Shape):
    hub_content_name: str | None = None
    hub_content_arn: str | None = None
    sage_maker_public_hub_content_arn: str | None = None
    hub_content_version: str | None = None
    hub_content_type: HubContentType | None = attrs.field(default=None, converter=as_HubContentType_opt)
    document_schema_version: str | None = None
    hub_content_display_name: str | None = None
    hub_content_description: str | None = None
    support_status: HubContentSupportStatus | None = attrs.field(default=None, converter=as_HubContentSupportStatus_opt)
    hub_content_search_keywords: list[str] | None = None
    hub_content_status: HubContentStatus | None = attrs.field(default=None, converter=as_HubContentStatus_opt)
    creation_time: datetime | None = None
    original_creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
