# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import PipelineExecutionStatus as PipelineExecutionStatus
from smtyped._generated.enums._p import PipelineExecutionStatusLiteral as PipelineExecutionStatusLiteral
from smtyped._generated.enums._p import as_PipelineExecutionStatus as as_PipelineExecutionStatus
from smtyped._generated.enums._p import as_PipelineExecutionStatus_opt as as_PipelineExecutionStatus_opt

__all__ = [
    "PipelineExecutionStatus",
    "PipelineExecutionStatusLiteral",
]
