# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import SelectiveExecutionConfig as SelectiveExecutionConfig
from smtyped._generated.shapes._s import SelectiveExecutionResult as SelectiveExecutionResult

__all__ = [
    "SelectiveExecutionConfig",
    "SelectiveExecutionResult",
]
