# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._w import WarmPoolResourceStatus as WarmPoolResourceStatus
from smtyped._generated.enums._w import WarmPoolResourceStatusLiteral as WarmPoolResourceStatusLiteral
from smtyped._generated.enums._w import as_WarmPoolResourceStatus as as_WarmPoolResourceStatus
from smtyped._generated.enums._w import as_WarmPoolResourceStatus_opt as as_WarmPoolResourceStatus_opt

__all__ = [
    "WarmPoolResourceStatus",
    "WarmPoolResourceStatusLiteral",
]
