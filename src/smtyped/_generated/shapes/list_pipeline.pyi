# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListPipelineExecutionsRequest as ListPipelineExecutionsRequest
from smtyped._generated.shapes._l import ListPipelineExecutionsResponse as ListPipelineExecutionsResponse
from smtyped._generated.shapes._l import ListPipelineExecutionStepsRequest as ListPipelineExecutionStepsRequest
from smtyped._generated.shapes._l import ListPipelineExecutionStepsResponse as ListPipelineExecutionStepsResponse
from smtyped._generated.shapes._l import (
    ListPipelineParametersForExecutionRequest as ListPipelineParametersForExecutionRequest,
)
from smtyped._generated.shapes._l import (
    ListPipelineParametersForExecutionResponse as ListPipelineParametersForExecutionResponse,
)
from smtyped._generated.shapes._l import ListPipelineVersionsRequest as ListPipelineVersionsRequest
from smtyped._generated.shapes._l import ListPipelineVersionsResponse as ListPipelineVersionsResponse

__all__ = [
    "ListPipelineExecutionStepsRequest",
    "ListPipelineExecutionStepsResponse",
    "ListPipelineExecutionsRequest",
    "ListPipelineExecutionsResponse",
    "ListPipelineParametersForExecutionRequest",
    "ListPipelineParametersForExecutionResponse",
    "ListPipelineVersionsRequest",
    "ListPipelineVersionsResponse",
]
