# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ParameterType as ParameterType
from smtyped._generated.enums._p import ParameterTypeLiteral as ParameterTypeLiteral
from smtyped._generated.enums._p import as_ParameterType as as_ParameterType
from smtyped._generated.enums._p import as_ParameterType_opt as as_ParameterType_opt

__all__ = [
    "ParameterType",
    "ParameterTypeLiteral",
]
