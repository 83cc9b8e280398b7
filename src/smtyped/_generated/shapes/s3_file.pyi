# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import S3FileSystem as S3FileSystem
from smtyped._generated.shapes._s import S3FileSystemConfig as S3FileSystemConfig

__all__ = [
    "S3FileSystem",
    "S3FileSystemConfig",
]
