# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import S3ModelDataType as S3ModelDataType
from smtyped._generated.enums._s import S3ModelDataTypeLiteral as S3ModelDataTypeLiteral
from smtyped._generated.enums._s import as_S3ModelDataType as as_S3ModelDataType
from smtyped._generated.enums._s import as_S3ModelDataType_opt as as_S3ModelDataType_opt

__all__ = [
    "S3ModelDataType",
    "S3ModelDataTypeLiteral",
]
