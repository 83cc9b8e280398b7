# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import (
    DescribePipelineDefinitionForExecutionRequest as DescribePipelineDefinitionForExecutionRequest,
)
from smtyped._generated.shapes._d import (
    DescribePipelineDefinitionForExecutionResponse as DescribePipelineDefinitionForExecutionResponse,
)
from smtyped._generated.shapes._d import DescribePipelineExecutionRequest as DescribePipelineExecutionRequest
from smtyped._generated.shapes._d import DescribePipelineExecutionResponse as DescribePipelineExecutionResponse
from smtyped._generated.shapes._d import DescribePipelineRequest as DescribePipelineRequest
from smtyped._generated.shapes._d import DescribePipelineResponse as DescribePipelineResponse

__all__ = [
    "DescribePipelineDefinitionForExecutionRequest",
    "DescribePipelineDefinitionForExecutionResponse",
    "DescribePipelineExecutionRequest",
    "DescribePipelineExecutionResponse",
    "DescribePipelineRequest",
    "DescribePipelineResponse",
]
