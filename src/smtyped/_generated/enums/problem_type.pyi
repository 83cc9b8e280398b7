# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProblemType as ProblemType
from smtyped._generated.enums._p import ProblemTypeLiteral as ProblemTypeLiteral
from smtyped._generated.enums._p import as_ProblemType as as_ProblemType
from smtyped._generated.enums._p import as_ProblemType_opt as as_ProblemType_opt

__all__ = [
    "ProblemType",
    "ProblemTypeLiteral",
]
