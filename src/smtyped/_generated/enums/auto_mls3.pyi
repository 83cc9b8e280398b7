# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AutoMLS3DataType as AutoMLS3DataType
from smtyped._generated.enums._a import AutoMLS3DataTypeLiteral as AutoMLS3DataTypeLiteral
from smtyped._generated.enums._a import as_AutoMLS3DataType as as_AutoMLS3DataType
from smtyped._generated.enums._a import as_AutoMLS3DataType_opt as as_AutoMLS3DataType_opt

__all__ = [
    "AutoMLS3DataType",
    "AutoMLS3DataTypeLiteral",
]
