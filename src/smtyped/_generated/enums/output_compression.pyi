# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import OutputCompressionType as OutputCompressionType
from smtyped._generated.enums._o import OutputCompressionTypeLiteral as OutputCompressionTypeLiteral
from smtyped._generated.enums._o import as_OutputCompressionType as as_OutputCompressionType
from smtyped._generated.enums._o import as_OutputCompressionType_opt as as_OutputCompressionType_opt

__all__ = [
    "OutputCompressionType",
    "OutputCompressionTypeLiteral",
]
