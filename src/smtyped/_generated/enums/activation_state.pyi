# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import ActivationState as ActivationState
from smtyped._generated.enums._a import ActivationStateLiteral as ActivationStateLiteral
from smtyped._generated.enums._a import as_ActivationState as as_ActivationState
from smtyped._generated.enums._a import as_ActivationState_opt as as_ActivationState_opt

__all__ = [
    "ActivationState",
    "ActivationStateLiteral",
]
