# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import Operator as Operator
from smtyped._generated.enums._o import OperatorLiteral as OperatorLiteral
from smtyped._generated.enums._o import as_Operator as as_Operator
from smtyped._generated.enums._o import as_Operator_opt as as_Operator_opt

__all__ = [
    "Operator",
    "OperatorLiteral",
]
