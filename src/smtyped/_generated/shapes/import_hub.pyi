# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hub_content import (
    HubContentSupportStatus,
    HubContentType,
    as_HubContentSupportStatus_opt,
    as_HubContentType,
)
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class ImportHubContentRequest(Shape):
    hub_content_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    document_schema_version: str
    hub_name: str
    hub_content_document: str
    hub_content_version: str | None = None
    hub_content_display_name: str | None = None
    hub_content_description: str | None = None
    hub_content_markdown: str | None = None
    support_status: HubContentSupportStatus | None = attrs.field(default=None, converter=as_HubContentSupportStatus_opt)
    hub_content_search_keywords: list[str] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ImportHubContentResponse(OutputShape):
    hub_arn: str | None = None
    hub_content_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
