# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.o import (
    OfflineStoreStatusValue,
    OutputCompressionType,
    as_OfflineStoreStatusValue_opt,
    as_OutputCompressionType_opt,
)
from smtyped._generated.enums.t import TargetDevice, as_TargetDevice_opt
from smtyped._generated.shapes.d import DataCatalogConfig
from smtyped._generated.shapes.s import S3StorageConfig
from smtyped._generated.shapes.t import TargetPlatform

@attrs.frozen(kw_only=True, slots=False)
class ObjectiveStatusCounters(Shape):
    succeeded: int | None = None
    pending: int | None = None
    failed: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreConfig(Shape):
    s3_storage_config: S3StorageConfig | None = None
    disable_glue_table_creation: bool | None = None
    data_catalog_config: DataCatalogConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreStatus(Shape):
    status: OfflineStoreStatusValue | None = attrs.field(default=None, converter=as_OfflineStoreStatusValue_opt)
    blocked_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreConfig(Shape):
    security_config: OnlineStoreSecurityConfig | None = None
    enable_online_store: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreSecurityConfig(Shape):
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OutputConfig(Shape):
    s3_output_location: str
    target_device: TargetDevice | None = attrs.field(default=None, converter=as_TargetDevice_opt)
    target_platform: TargetPlatform | None = None
    compiler_options: str | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OutputDataConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    compression_type: OutputCompressionType | None = attrs.field(default=None, converter=as_OutputCompressionType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OutputParameter(Shape):
    name: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
