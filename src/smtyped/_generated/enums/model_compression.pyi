# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelCompressionType as ModelCompressionType
from smtyped._generated.enums._m import ModelCompressionTypeLiteral as ModelCompressionTypeLiteral
from smtyped._generated.enums._m import as_ModelCompressionType as as_ModelCompressionType
from smtyped._generated.enums._m import as_ModelCompressionType_opt as as_ModelCompressionType_opt

__all__ = [
    "ModelCompressionType",
    "ModelCompressionTypeLiteral",
]
