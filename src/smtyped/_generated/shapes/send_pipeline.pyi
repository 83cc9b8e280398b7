# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import (
    SendPipelineExecutionStepFailureRequest as SendPipelineExecutionStepFailureRequest,
)
from smtyped._generated.shapes._s import (
    SendPipelineExecutionStepFailureResponse as SendPipelineExecutionStepFailureResponse,
)
from smtyped._generated.shapes._s import (
    SendPipelineExecutionStepSuccessRequest as SendPipelineExecutionStepSuccessRequest,
)
from smtyped._generated.shapes._s import (
    SendPipelineExecutionStepSuccessResponse as SendPipelineExecutionStepSuccessResponse,
)

__all__ = [
    "SendPipelineExecutionStepFailureRequest",
    "SendPipelineExecutionStepFailureResponse",
    "SendPipelineExecutionStepSuccessRequest",
    "SendPipelineExecutionStepSuccessResponse",
]
