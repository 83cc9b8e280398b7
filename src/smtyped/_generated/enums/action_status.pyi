# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import ActionStatus as ActionStatus
from smtyped._generated.enums._a import ActionStatusLiteral as ActionStatusLiteral
from smtyped._generated.enums._a import as_ActionStatus as as_ActionStatus
from smtyped._generated.enums._a import as_ActionStatus_opt as as_ActionStatus_opt

__all__ = [
    "ActionStatus",
    "ActionStatusLiteral",
]
