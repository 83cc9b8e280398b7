# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import PipelineStatus as PipelineStatus
from smtyped._generated.enums._p import PipelineStatusLiteral as PipelineStatusLiteral
from smtyped._generated.enums._p import as_PipelineStatus as as_PipelineStatus
from smtyped._generated.enums._p import as_PipelineStatus_opt as as_PipelineStatus_opt

__all__ = [
    "PipelineStatus",
    "PipelineStatusLiteral",
]
