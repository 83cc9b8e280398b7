# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateTrainingJobRequest as CreateTrainingJobRequest
from smtyped._generated.shapes._c import CreateTrainingJobResponse as CreateTrainingJobResponse
from smtyped._generated.shapes._c import CreateTrainingPlanRequest as CreateTrainingPlanRequest
from smtyped._generated.shapes._c import CreateTrainingPlanResponse as CreateTrainingPlanResponse

__all__ = [
    "CreateTrainingJobRequest",
    "CreateTrainingJobResponse",
    "CreateTrainingPlanRequest",
    "CreateTrainingPlanResponse",
]
