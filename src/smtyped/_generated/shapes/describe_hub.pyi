# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hub_content import (
    HubContentStatus,
    HubContentSupportStatus,
    HubContentType,
    as_HubContentStatus_opt,
    as_HubContentSupportStatus_opt,
    as_HubContentType,
    as_HubContentType_opt,
)
from smtyped._generated.enums.hub_status import HubStatus, as_HubStatus_opt
from smtyped._generated.shapes.hub_content import HubContentDependency
from smtyped._generated.shapes.hub_s3 import HubS3StorageConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeHubContentRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_name: str
    hub_content_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeHubContentResponse(OutputShape):
    hub_content_name: str | None = None
    hub_content_arn: str | None = None
    hub_content_version: str | None = None
    hub_content_type: HubContentType | None = attrs.field(default=None, converter=as_HubContentType_opt)
    document_schema_version: str | None = None
    hub_name: str | None = None
    hub_arn: str | None = None
    hub_content_display_name: str | None = None
    hub_content_description: str | None = None
    hub_content_markdown: str | None = None
    hub_content_document: str | None = None
    sage_maker_public_hub_content_arn: str | None = None
    reference_min_version: str | None = None
    support_status: HubContentSupportStatus | None = attrs.field(default=None, converter=as_HubContentSupportStatus_opt)
    hub_content_search_keywords: list[str] | None = None
    hub_content_dependencies: list[HubContentDependency] | None = None
    hub_content_status: HubContentStatus | None = attrs.field(default=None, converter=as_HubContentStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeHubRequest(Shape):
    hub_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeHubResponse(OutputShape):
    hub_name: str | None = None
    hub_arn: str | None = None
    hub_display_name: str | None = None
    hub_description: str | None = None
    hub_search_keywords: list[str] | None = None
    s3_storage_config: HubS3StorageConfig | None = None
    hub_status: HubStatus | None = attrs.field(default=None, converter=as_HubStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
