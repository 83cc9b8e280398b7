# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_card import (
    ModelCardExportJobStatus,
    ModelCardStatus,
    as_ModelCardExportJobStatus_opt,
    as_ModelCardStatus_opt,
)
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class ModelCard(Shape):
    model_card_arn: str | None = None
    model_card_name: str | None = None
    model_card_version: int | None = None
    content: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    security_config: ModelCardSecurityConfig | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    model_id: str | None = None
    risk_rating: str | None = None
    model_package_group_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardExportArtifacts(Shape):
    s3_export_artifacts: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardExportJobSummary(Shape):
    model_card_export_job_name: str | None = None
    model_card_export_job_arn: str | None = None
    status: ModelCardExportJobStatus | None = attrs.field(default=None, converter=as_ModelCardExportJobStatus_opt)
    model_card_name: str | None = None
    model_card_version: int | None = None
    created_at: datetime | None = None
    last_modified_at: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardExportOutputConfig(Shape):
    s3_output_path: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardSecurityConfig(Shape):
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardSummary(Shape):
    model_card_name: str | None = None
    model_card_arn: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardVersionSummary(Shape):
    model_card_name: str | None = None
    model_card_arn: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    model_card_version: int | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
