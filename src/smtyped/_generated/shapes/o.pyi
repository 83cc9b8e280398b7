# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.o import (
    OfflineStoreStatusValue,
    OfflineStoreStatusValueLiteral,
    OutputCompressionType,
    OutputCompressionTypeLiteral,
)
from smtyped._generated.enums.t import TargetDevice, TargetDeviceLiteral
from smtyped._generated.shapes.d import DataCatalogConfig
from smtyped._generated.shapes.s import S3StorageConfig
from smtyped._generated.shapes.t import TargetPlatform

class ObjectiveStatusCounters(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def succeeded(self) -> int | None: ...
    @property
    def pending(self) -> int | None: ...
    @property
    def failed(self) -> int | None: ...
    def __init__(
        self,
        *,
        succeeded: int | None = ...,
        pending: int | None = ...,
        failed: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ObjectiveStatusCounters: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OfflineStoreConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_storage_config(self) -> S3StorageConfig | None: ...
    @property
    def disable_glue_table_creation(self) -> bool | None: ...
    @property
    def data_catalog_config(self) -> DataCatalogConfig | None: ...
    def __init__(
        self,
        *,
        s3_storage_config: S3StorageConfig | None = ...,
        disable_glue_table_creation: bool | None = ...,
        data_catalog_config: DataCatalogConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OfflineStoreConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OfflineStoreStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> OfflineStoreStatusValue | None: ...
    @property
    def blocked_reason(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None = ...,
        blocked_reason: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OfflineStoreStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OnlineStoreConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def security_config(self) -> OnlineStoreSecurityConfig | None: ...
    @property
    def enable_online_store(self) -> bool | None: ...
    def __init__(
        self,
        *,
        security_config: OnlineStoreSecurityConfig | None = ...,
        enable_online_store: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OnlineStoreConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OnlineStoreSecurityConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OnlineStoreSecurityConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_output_location(self) -> str: ...
    @property
    def target_device(self) -> TargetDevice | None: ...
    @property
    def target_platform(self) -> TargetPlatform | None: ...
    @property
    def compiler_options(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_output_location: str,
        target_device: TargetDevice | TargetDeviceLiteral | None = ...,
        target_platform: TargetPlatform | None = ...,
        compiler_options: str | None = ...,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OutputDataConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def s3_output_path(self) -> str: ...
    @property
    def compression_type(self) -> OutputCompressionType | None: ...
    def __init__(
        self,
        *,
        s3_output_path: str,
        kms_key_id: str | None = ...,
        compression_type: OutputCompressionType | OutputCompressionTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputDataConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class OutputParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> OutputParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...
