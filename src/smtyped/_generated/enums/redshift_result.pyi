# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RedshiftResultCompressionType as RedshiftResultCompressionType
from smtyped._generated.enums._r import RedshiftResultCompressionTypeLiteral as RedshiftResultCompressionTypeLiteral
from smtyped._generated.enums._r import RedshiftResultFormat as RedshiftResultFormat
from smtyped._generated.enums._r import RedshiftResultFormatLiteral as RedshiftResultFormatLiteral
from smtyped._generated.enums._r import as_RedshiftResultCompressionType as as_RedshiftResultCompressionType
from smtyped._generated.enums._r import as_RedshiftResultCompressionType_opt as as_RedshiftResultCompressionType_opt
from smtyped._generated.enums._r import as_RedshiftResultFormat as as_RedshiftResultFormat
from smtyped._generated.enums._r import as_RedshiftResultFormat_opt as as_RedshiftResultFormat_opt

__all__ = [
    "RedshiftResultCompressionType",
    "RedshiftResultCompressionTypeLiteral",
    "RedshiftResultFormat",
    "RedshiftResultFormatLiteral",
]
