# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.dataset_source import DatasetSource
from smtyped._generated.shapes.file_system import FileSystemDataSource
from smtyped._generated.shapes.s3_data import S3DataSource

@attrs.frozen(kw_only=True, slots=False)
class DataSource(Shape):
    s3_data_source: S3DataSource | None = None
    file_system_data_source: FileSystemDataSource | None = None
    dataset_source: DatasetSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
