# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterStatus as ClusterStatus
from smtyped._generated.enums._c import ClusterStatusLiteral as ClusterStatusLiteral
from smtyped._generated.enums._c import as_ClusterStatus as as_ClusterStatus
from smtyped._generated.enums._c import as_ClusterStatus_opt as as_ClusterStatus_opt

__all__ = [
    "ClusterStatus",
    "ClusterStatusLiteral",
]
