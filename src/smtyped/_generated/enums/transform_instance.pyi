# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TransformInstanceType as TransformInstanceType
from smtyped._generated.enums._t import TransformInstanceTypeLiteral as TransformInstanceTypeLiteral
from smtyped._generated.enums._t import as_TransformInstanceType as as_TransformInstanceType
from smtyped._generated.enums._t import as_TransformInstanceType_opt as as_TransformInstanceType_opt

__all__ = [
    "TransformInstanceType",
    "TransformInstanceTypeLiteral",
]
