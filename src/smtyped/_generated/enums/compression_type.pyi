# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CompressionType as CompressionType
from smtyped._generated.enums._c import CompressionTypeLiteral as CompressionTypeLiteral
from smtyped._generated.enums._c import as_CompressionType as as_CompressionType
from smtyped._generated.enums._c import as_CompressionType_opt as as_CompressionType_opt

__all__ = [
    "CompressionType",
    "CompressionTypeLiteral",
]
