# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateTrialComponentRequest as CreateTrialComponentRequest
from smtyped._generated.shapes._c import CreateTrialComponentResponse as CreateTrialComponentResponse
from smtyped._generated.shapes._c import CreateTrialRequest as CreateTrialRequest
from smtyped._generated.shapes._c import CreateTrialResponse as CreateTrialResponse

__all__ = [
    "CreateTrialComponentRequest",
    "CreateTrialComponentResponse",
    "CreateTrialRequest",
    "CreateTrialResponse",
]
