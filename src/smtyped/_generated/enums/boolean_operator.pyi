# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BooleanOperator as BooleanOperator
from smtyped._generated.enums._b import BooleanOperatorLiteral as BooleanOperatorLiteral
from smtyped._generated.enums._b import as_BooleanOperator as as_BooleanOperator
from smtyped._generated.enums._b import as_BooleanOperator_opt as as_BooleanOperator_opt

__all__ = [
    "BooleanOperator",
    "BooleanOperatorLiteral",
]
