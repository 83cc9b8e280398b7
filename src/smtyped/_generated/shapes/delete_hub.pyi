# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hub_content import HubContentType, as_HubContentType

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubContentReferenceRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubContentReferenceResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubContentRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_name: str
    hub_content_version: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubContentResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubRequest(Shape):
    hub_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHubResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
