# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteInferenceComponentInput as DeleteInferenceComponentInput
from smtyped._generated.shapes._d import DeleteInferenceComponentResponse as DeleteInferenceComponentResponse
from smtyped._generated.shapes._d import DeleteInferenceExperimentRequest as DeleteInferenceExperimentRequest
from smtyped._generated.shapes._d import DeleteInferenceExperimentResponse as DeleteInferenceExperimentResponse

__all__ = [
    "DeleteInferenceComponentInput",
    "DeleteInferenceComponentResponse",
    "DeleteInferenceExperimentRequest",
    "DeleteInferenceExperimentResponse",
]
