# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortPipelineExecutionsBy as SortPipelineExecutionsBy
from smtyped._generated.enums._s import SortPipelineExecutionsByLiteral as SortPipelineExecutionsByLiteral
from smtyped._generated.enums._s import as_SortPipelineExecutionsBy as as_SortPipelineExecutionsBy
from smtyped._generated.enums._s import as_SortPipelineExecutionsBy_opt as as_SortPipelineExecutionsBy_opt

__all__ = [
    "SortPipelineExecutionsBy",
    "SortPipelineExecutionsByLiteral",
]
