# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ConditionOutcome as ConditionOutcome
from smtyped._generated.enums._c import ConditionOutcomeLiteral as ConditionOutcomeLiteral
from smtyped._generated.enums._c import as_ConditionOutcome as as_ConditionOutcome
from smtyped._generated.enums._c import as_ConditionOutcome_opt as as_ConditionOutcome_opt

__all__ = [
    "ConditionOutcome",
    "ConditionOutcomeLiteral",
]
