# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EvaluationType as EvaluationType
from smtyped._generated.enums._e import EvaluationTypeLiteral as EvaluationTypeLiteral
from smtyped._generated.enums._e import as_EvaluationType as as_EvaluationType
from smtyped._generated.enums._e import as_EvaluationType_opt as as_EvaluationType_opt

__all__ = [
    "EvaluationType",
    "EvaluationTypeLiteral",
]
