# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.file_system import (
    FileSystemAccessMode,
    FileSystemType,
    as_FileSystemAccessMode,
    as_FileSystemType,
)

@attrs.frozen(kw_only=True, slots=False)
class FileSystemConfig(Shape):
    mount_path: str | None = None
    default_uid: int | None = None
    default_gid: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FileSystemDataSource(Shape):
    file_system_id: str
    file_system_access_mode: FileSystemAccessMode = attrs.field(converter=as_FileSystemAccessMode)
    file_system_type: FileSystemType = attrs.field(converter=as_FileSystemType)
    directory_path: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
