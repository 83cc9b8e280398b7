# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import ObjectiveStatus as ObjectiveStatus
from smtyped._generated.enums._o import ObjectiveStatusLiteral as ObjectiveStatusLiteral
from smtyped._generated.enums._o import as_ObjectiveStatus as as_ObjectiveStatus
from smtyped._generated.enums._o import as_ObjectiveStatus_opt as as_ObjectiveStatus_opt

__all__ = [
    "ObjectiveStatus",
    "ObjectiveStatusLiteral",
]
