# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.a import (
    AutoMLJobObjectiveType,
    AutoMLJobObjectiveTypeLiteral,
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
)
from smtyped._generated.enums.f import (
    FeatureGroupStatus,
    FeatureGroupStatusLiteral,
    FeatureType,
    FeatureTypeLiteral,
    FileSystemAccessMode,
    FileSystemAccessModeLiteral,
    FileSystemType,
    FileSystemTypeLiteral,
)
from smtyped._generated.enums.h import HyperParameterTuningJobObjectiveType, HyperParameterTuningJobObjectiveTypeLiteral
from smtyped._generated.enums.o import Operator, OperatorLiteral
from smtyped._generated.shapes.l import LastUpdateStatus
from smtyped._generated.shapes.o import OfflineStoreConfig, OfflineStoreStatus, OnlineStoreConfig
from smtyped._generated.shapes.t import Tag

class FSxLustreConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def size_in_gi_b(self) -> int: ...
    @property
    def per_unit_storage_throughput(self) -> int: ...
    def __init__(
        self,
        *,
        size_in_gi_b: int,
        per_unit_storage_throughput: int,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FSxLustreConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FeatureDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_name(self) -> str | None: ...
    @property
    def feature_type(self) -> FeatureType | None: ...
    def __init__(
        self,
        *,
        feature_name: str | None = ...,
        feature_type: FeatureType | FeatureTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FeatureDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FeatureGroup(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_arn(self) -> str | None: ...
    @property
    def feature_group_name(self) -> str | None: ...
    @property
    def record_identifier_feature_name(self) -> str | None: ...
    @property
    def event_time_feature_name(self) -> str | None: ...
    @property
    def feature_definitions(self) -> list[FeatureDefinition] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def online_store_config(self) -> OnlineStoreConfig | None: ...
    @property
    def offline_store_config(self) -> OfflineStoreConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def feature_group_status(self) -> FeatureGroupStatus | None: ...
    @property
    def offline_store_status(self) -> OfflineStoreStatus | None: ...
    @property
    def last_update_status(self) -> LastUpdateStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        record_identifier_feature_name: str | None = ...,
        event_time_feature_name: str | None = ...,
        feature_definitions: list[FeatureDefinition] | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        role_arn: str | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        last_update_status: LastUpdateStatus | None = ...,
        failure_reason: str | None = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FeatureGroup: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FeatureGroupSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str | None: ...
    @property
    def feature_group_arn(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def feature_group_status(self) -> FeatureGroupStatus | None: ...
    @property
    def offline_store_status(self) -> OfflineStoreStatus | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str | None = ...,
        feature_group_arn: str | None = ...,
        creation_time: datetime | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FeatureGroupSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FeatureMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_arn(self) -> str | None: ...
    @property
    def feature_group_name(self) -> str | None: ...
    @property
    def feature_name(self) -> str | None: ...
    @property
    def feature_type(self) -> FeatureType | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def parameters(self) -> list[FeatureParameter] | None: ...
    def __init__(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        feature_name: str | None = ...,
        feature_type: FeatureType | FeatureTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        description: str | None = ...,
        parameters: list[FeatureParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FeatureMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FeatureParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FeatureParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FileSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def content_type(self) -> str | None: ...
    @property
    def content_digest(self) -> str | None: ...
    @property
    def s3_uri(self) -> str: ...
    def __init__(
        self,
        *,
        s3_uri: str,
        content_type: str | None = ...,
        content_digest: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FileSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FileSystemDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def file_system_id(self) -> str: ...
    @property
    def file_system_access_mode(self) -> FileSystemAccessMode: ...
    @property
    def file_system_type(self) -> FileSystemType: ...
    @property
    def directory_path(self) -> str: ...
    def __init__(
        self,
        *,
        file_system_id: str,
        file_system_access_mode: FileSystemAccessMode | FileSystemAccessModeLiteral,
        file_system_type: FileSystemType | FileSystemTypeLiteral,
        directory_path: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FileSystemDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Filter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str: ...
    @property
    def operator(self) -> Operator | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str,
        operator: Operator | OperatorLiteral | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Filter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FinalAutoMLJobObjectiveMetric(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> AutoMLJobObjectiveType | None: ...
    @property
    def metric_name(self) -> AutoMLMetricEnum | None: ...
    @property
    def value(self) -> float | None: ...
    def __init__(
        self,
        *,
        type: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral | None = ...,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        value: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FinalAutoMLJobObjectiveMetric: ...
    def _to_wire(self) -> dict[str, Any]: ...

class FinalHyperParameterTuningJobObjectiveMetric(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> HyperParameterTuningJobObjectiveType | None: ...
    @property
    def metric_name(self) -> str | None: ...
    @property
    def value(self) -> float | None: ...
    def __init__(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral | None = ...,
        metric_name: str | None = ...,
        value: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> FinalHyperParameterTuningJobObjectiveMetric: ...
    def _to_wire(self) -> dict[str, Any]: ...
