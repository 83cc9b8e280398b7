# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.monitoring_csv import MonitoringCsvDatasetFormat
from smtyped._generated.shapes.monitoring_json import MonitoringJsonDatasetFormat
from smtyped._generated.shapes.monitoring_parquet import MonitoringParquetDatasetFormat

@attrs.frozen(kw_only=True, slots=False)
class MonitoringDatasetFormat(Shape):
    csv: MonitoringCsvDatasetFormat | None = None
    json: MonitoringJsonDatasetFormat | None = None
    parquet: MonitoringParquetDatasetFormat | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
