# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HubStatus as HubStatus
from smtyped._generated.enums._h import HubStatusLiteral as HubStatusLiteral
from smtyped._generated.enums._h import as_HubStatus as as_HubStatus
from smtyped._generated.enums._h import as_HubStatus_opt as as_HubStatus_opt

__all__ = [
    "HubStatus",
    "HubStatusLiteral",
]
