# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hub_content import HubContentType, as_HubContentType
from smtyped._generated.shapes.authorized_url import AuthorizedUrl
from smtyped._generated.shapes.hub_s3 import HubS3StorageConfig
from smtyped._generated.shapes.presigned_url import PresignedUrlAccessConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateHubContentPresignedUrlsRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_name: str
    hub_content_version: str | None = None
    access_config: PresignedUrlAccessConfig | None = None
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHubContentPresignedUrlsResponse(OutputShape):
    authorized_url_configs: list[AuthorizedUrl] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHubContentReferenceRequest(Shape):
    hub_name: str
    sage_maker_public_hub_content_arn: str
    hub_content_name: str | None = None
    min_version: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHubContentReferenceResponse(OutputShape):
    hub_arn: str | None = None
    hub_content_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHubRequest(Shape):
    hub_name: str
    hub_description: str
    hub_display_name: str | None = None
    hub_search_keywords: list[str] | None = None
    s3_storage_config: HubS3StorageConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHubResponse(OutputShape):
    hub_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
