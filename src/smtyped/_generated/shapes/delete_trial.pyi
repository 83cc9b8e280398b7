# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteTrialComponentRequest as DeleteTrialComponentRequest
from smtyped._generated.shapes._d import DeleteTrialComponentResponse as DeleteTrialComponentResponse
from smtyped._generated.shapes._d import DeleteTrialRequest as DeleteTrialRequest
from smtyped._generated.shapes._d import DeleteTrialResponse as DeleteTrialResponse

__all__ = [
    "DeleteTrialComponentRequest",
    "DeleteTrialComponentResponse",
    "DeleteTrialRequest",
    "DeleteTrialResponse",
]
