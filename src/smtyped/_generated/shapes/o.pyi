# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

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
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    succeeded: int | None = None
    pending: int | None = None
    failed: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ObjectiveStatusCounters: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    s3_storage_config: S3StorageConfig | None = None
    disable_glue_table_creation: bool | None = None
    data_catalog_config: DataCatalogConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OfflineStoreConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    status: OfflineStoreStatusValue | None = attrs.field(default=None, converter=as_OfflineStoreStatusValue_opt)
    blocked_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OfflineStoreStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    security_config: OnlineStoreSecurityConfig | None = None
    enable_online_store: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OnlineStoreConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreSecurityConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OnlineStoreSecurityConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    s3_output_location: str
    target_device: TargetDevice | None = attrs.field(default=None, converter=as_TargetDevice_opt)
    target_platform: TargetPlatform | None = None
    compiler_options: str | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OutputDataConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    s3_output_path: str
    kms_key_id: str | None = None
    compression_type: OutputCompressionType | None = attrs.field(default=None, converter=as_OutputCompressionType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputDataConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class OutputParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    name: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...
