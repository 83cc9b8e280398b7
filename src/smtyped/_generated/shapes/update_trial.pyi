# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateTrialComponentRequest as UpdateTrialComponentRequest
from smtyped._generated.shapes._u import UpdateTrialComponentResponse as UpdateTrialComponentResponse
from smtyped._generated.shapes._u import UpdateTrialRequest as UpdateTrialRequest
from smtyped._generated.shapes._u import UpdateTrialResponse as UpdateTrialResponse

__all__ = [
    "UpdateTrialComponentRequest",
    "UpdateTrialComponentResponse",
    "UpdateTrialRequest",
    "UpdateTrialResponse",
]
