# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InferenceExecutionMode as InferenceExecutionMode
from smtyped._generated.enums._i import InferenceExecutionModeLiteral as InferenceExecutionModeLiteral
from smtyped._generated.enums._i import as_InferenceExecutionMode as as_InferenceExecutionMode
from smtyped._generated.enums._i import as_InferenceExecutionMode_opt as as_InferenceExecutionMode_opt

__all__ = [
    "InferenceExecutionMode",
    "InferenceExecutionModeLiteral",
]
