# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FlowDefinitionStatus as FlowDefinitionStatus
from smtyped._generated.enums._f import FlowDefinitionStatusLiteral as FlowDefinitionStatusLiteral
from smtyped._generated.enums._f import as_FlowDefinitionStatus as as_FlowDefinitionStatus
from smtyped._generated.enums._f import as_FlowDefinitionStatus_opt as as_FlowDefinitionStatus_opt

__all__ = [
    "FlowDefinitionStatus",
    "FlowDefinitionStatusLiteral",
]
