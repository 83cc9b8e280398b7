# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._w import WorkforceStatus as WorkforceStatus
from smtyped._generated.enums._w import WorkforceStatusLiteral as WorkforceStatusLiteral
from smtyped._generated.enums._w import as_WorkforceStatus as as_WorkforceStatus
from smtyped._generated.enums._w import as_WorkforceStatus_opt as as_WorkforceStatus_opt

__all__ = [
    "WorkforceStatus",
    "WorkforceStatusLiteral",
]
