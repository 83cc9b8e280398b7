# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import S3DataDistribution as S3DataDistribution
from smtyped._generated.enums._s import S3DataDistributionLiteral as S3DataDistributionLiteral
from smtyped._generated.enums._s import S3DataType as S3DataType
from smtyped._generated.enums._s import S3DataTypeLiteral as S3DataTypeLiteral
from smtyped._generated.enums._s import as_S3DataDistribution as as_S3DataDistribution
from smtyped._generated.enums._s import as_S3DataDistribution_opt as as_S3DataDistribution_opt
from smtyped._generated.enums._s import as_S3DataType as as_S3DataType
from smtyped._generated.enums._s import as_S3DataType_opt as as_S3DataType_opt

__all__ = [
    "S3DataDistribution",
    "S3DataDistributionLiteral",
    "S3DataType",
    "S3DataTypeLiteral",
]
