# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateInferenceComponentInput as UpdateInferenceComponentInput
from smtyped._generated.shapes._u import UpdateInferenceComponentOutput as UpdateInferenceComponentOutput
from smtyped._generated.shapes._u import (
    UpdateInferenceComponentRuntimeConfigInput as UpdateInferenceComponentRuntimeConfigInput,
)
from smtyped._generated.shapes._u import (
    UpdateInferenceComponentRuntimeConfigOutput as UpdateInferenceComponentRuntimeConfigOutput,
)
from smtyped._generated.shapes._u import UpdateInferenceExperimentRequest as UpdateInferenceExperimentRequest
from smtyped._generated.shapes._u import UpdateInferenceExperimentResponse as UpdateInferenceExperimentResponse

__all__ = [
    "UpdateInferenceComponentInput",
    "UpdateInferenceComponentOutput",
    "UpdateInferenceComponentRuntimeConfigInput",
    "UpdateInferenceComponentRuntimeConfigOutput",
    "UpdateInferenceExperimentRequest",
    "UpdateInferenceExperimentResponse",
]
