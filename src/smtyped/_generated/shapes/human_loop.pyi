# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._h import HumanLoopActivationConditionsConfig as HumanLoopActivationConditionsConfig
from smtyped._generated.shapes._h import HumanLoopActivationConfig as HumanLoopActivationConfig
from smtyped._generated.shapes._h import HumanLoopConfig as HumanLoopConfig
from smtyped._generated.shapes._h import HumanLoopRequestSource as HumanLoopRequestSource

__all__ = [
    "HumanLoopActivationConditionsConfig",
    "HumanLoopActivationConfig",
    "HumanLoopConfig",
    "HumanLoopRequestSource",
]
