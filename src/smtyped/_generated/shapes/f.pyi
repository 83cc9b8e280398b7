# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.a import (
    AutoMLJobObjectiveType,
    AutoMLMetricEnum,
    as_AutoMLJobObjectiveType_opt,
    as_AutoMLMetricEnum_opt,
)
from smtyped._generated.enums.f import (
    FeatureGroupStatus,
    FeatureType,
    FileSystemAccessMode,
    FileSystemType,
    as_FeatureGroupStatus_opt,
    as_FeatureType_opt,
    as_FileSystemAccessMode,
    as_FileSystemType,
)
from smtyped._generated.enums.h import (
    HyperParameterTuningJobObjectiveType,
    as_HyperParameterTuningJobObjectiveType_opt,
)
from smtyped._generated.enums.o import Operator, as_Operator_opt
from smtyped._generated.shapes.l import LastUpdateStatus
from smtyped._generated.shapes.o import OfflineStoreConfig, OfflineStoreStatus, OnlineStoreConfig
from smtyped._generated.shapes.t import Tag

@attrs.frozen(kw_only=True, slots=False)
class FSxLustreConfig(Shape):
    size_in_gi_b: int
    per_unit_storage_throughput: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureDefinition(Shape):
    feature_name: str | None = None
    feature_type: FeatureType | None = attrs.field(default=None, converter=as_FeatureType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureGroup(Shape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    record_identifier_feature_name: str | None = None
    event_time_feature_name: str | None = None
    feature_definitions: list[FeatureDefinition] | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    online_store_config: OnlineStoreConfig | None = None
    offline_store_config: OfflineStoreConfig | None = None
    role_arn: str | None = None
    feature_group_status: FeatureGroupStatus | None = attrs.field(default=None, converter=as_FeatureGroupStatus_opt)
    offline_store_status: OfflineStoreStatus | None = None
    last_update_status: LastUpdateStatus | None = None
    failure_reason: str | None = None
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureGroupSummary(Shape):
    feature_group_name: str | None = None
    feature_group_arn: str | None = None
    creation_time: datetime | None = None
    feature_group_status: FeatureGroupStatus | None = attrs.field(default=None, converter=as_FeatureGroupStatus_opt)
    offline_store_status: OfflineStoreStatus | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureMetadata(Shape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    feature_name: str | None = None
    feature_type: FeatureType | None = attrs.field(default=None, converter=as_FeatureType_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    description: str | None = None
    parameters: list[FeatureParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureParameter(Shape):
    key: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FileSource(Shape):
    s3_uri: str
    content_type: str | None = None
    content_digest: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FileSystemDataSource(Shape):
    file_system_id: str
    file_system_access_mode: FileSystemAccessMode = attrs.field(converter=as_FileSystemAccessMode)
    file_system_type: FileSystemType = attrs.field(converter=as_FileSystemType)
    directory_path: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Filter(Shape):
    name: str
    operator: Operator | None = attrs.field(default=None, converter=as_Operator_opt)
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FinalAutoMLJobObjectiveMetric(Shape):
    type: AutoMLJobObjectiveType | None = attrs.field(default=None, converter=as_AutoMLJobObjectiveType_opt)
    metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FinalHyperParameterTuningJobObjectiveMetric(Shape):
    type: HyperParameterTuningJobObjectiveType | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobObjectiveType_opt
    )
    metric_name: str | None = None
    value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
