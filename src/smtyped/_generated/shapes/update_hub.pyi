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

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubContentReferenceRequest(Shape):
    hub_name: str
    hub_content_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    min_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubContentReferenceResponse(OutputShape):
    hub_arn: str | None = None
    hub_content_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubContentRequest(Shape):
    hub_name: str
    hub_content_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_version: str
    hub_content_display_name: str | None = None
    hub_content_description: str | None = None
    hub_content_markdown: str | None = None
    hub_content_search_keywords: list[str] | None = None
    support_status: HubContentSupportStatus | None = attrs.field(default=None, converter=as_HubContentSupportStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubContentResponse(OutputShape):
    hub_arn: str | None = None
    hub_content_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubRequest(Shape):
    hub_name: str
    hub_description: str | None = None
    hub_display_name: str | None = None
    hub_search_keywords: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateHubResponse(OutputShape):
    hub_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
