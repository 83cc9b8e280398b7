# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AthenaResultCompressionType as AthenaResultCompressionType
from smtyped._generated.enums._a import AthenaResultCompressionTypeLiteral as AthenaResultCompressionTypeLiteral
from smtyped._generated.enums._a import AthenaResultFormat as AthenaResultFormat
from smtyped._generated.enums._a import AthenaResultFormatLiteral as AthenaResultFormatLiteral
from smtyped._generated.enums._a import as_AthenaResultCompressionType as as_AthenaResultCompressionType
from smtyped._generated.enums._a import as_AthenaResultCompressionType_opt as as_AthenaResultCompressionType_opt
from smtyped._generated.enums._a import as_AthenaResultFormat as as_AthenaResultFormat
from smtyped._generated.enums._a import as_AthenaResultFormat_opt as as_AthenaResultFormat_opt

__all__ = [
    "AthenaResultCompressionType",
    "AthenaResultCompressionTypeLiteral",
    "AthenaResultFormat",
    "AthenaResultFormatLiteral",
]
