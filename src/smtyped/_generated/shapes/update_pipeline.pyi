# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdatePipelineExecutionRequest as UpdatePipelineExecutionRequest
from smtyped._generated.shapes._u import UpdatePipelineExecutionResponse as UpdatePipelineExecutionResponse
from smtyped._generated.shapes._u import UpdatePipelineRequest as UpdatePipelineRequest
from smtyped._generated.shapes._u import UpdatePipelineResponse as UpdatePipelineResponse
from smtyped._generated.shapes._u import UpdatePipelineVersionRequest as UpdatePipelineVersionRequest
from smtyped._generated.shapes._u import UpdatePipelineVersionResponse as UpdatePipelineVersionResponse

__all__ = [
    "UpdatePipelineExecutionRequest",
    "UpdatePipelineExecutionResponse",
    "UpdatePipelineRequest",
    "UpdatePipelineResponse",
    "UpdatePipelineVersionRequest",
    "UpdatePipelineVersionResponse",
]
