# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import S3StorageConfig as S3StorageConfig

__all__ = [
    "S3StorageConfig",
]
