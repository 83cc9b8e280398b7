# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.offline_store import OfflineStoreStatusValue, as_OfflineStoreStatusValue_opt
from smtyped._generated.enums.table_format import TableFormat, as_TableFormat_opt
from smtyped._generated.shapes.data_catalog import DataCatalogConfig
from smtyped._generated.shapes.s3_storage import S3StorageConfig

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreConfig(Shape):
    s3_storage_config: S3StorageConfig
    disable_glue_table_creation: bool | None = None
    data_catalog_config: DataCatalogConfig | None = None
    table_format: TableFormat | None = attrs.field(default=None, converter=as_TableFormat_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OfflineStoreStatus(Shape):
    status: OfflineStoreStatusValue | None = attrs.field(default=None, converter=as_OfflineStoreStatusValue_opt)
    blocked_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
