# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortPipelinesBy as SortPipelinesBy
from smtyped._generated.enums._s import SortPipelinesByLiteral as SortPipelinesByLiteral
from smtyped._generated.enums._s import as_SortPipelinesBy as as_SortPipelinesBy
from smtyped._generated.enums._s import as_SortPipelinesBy_opt as as_SortPipelinesBy_opt

__all__ = [
    "SortPipelinesBy",
    "SortPipelinesByLiteral",
]
