# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.efs_file import EFSFileSystem, EFSFileSystemConfig
from smtyped._generated.shapes.f_sx import FSxLustreFileSystem, FSxLustreFileSystemConfig
from smtyped._generated.shapes.s3_file import S3FileSystem, S3FileSystemConfig

@attrs.frozen(kw_only=True, slots=False)
class CustomFileSystem(Shape):
    efs_file_system: EFSFileSystem | None = None
    f_sx_lustre_file_system: FSxLustreFileSystem | None = None
    s3_file_system: S3FileSystem | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CustomFileSystemConfig(Shape):
    efs_file_system_config: EFSFileSystemConfig | None = None
    f_sx_lustre_file_system_config: FSxLustreFileSystemConfig | None = None
    s3_file_system_config: S3FileSystemConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
