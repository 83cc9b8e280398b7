# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterImageVersionStatus as ClusterImageVersionStatus
from smtyped._generated.enums._c import ClusterImageVersionStatusLiteral as ClusterImageVersionStatusLiteral
from smtyped._generated.enums._c import as_ClusterImageVersionStatus as as_ClusterImageVersionStatus
from smtyped._generated.enums._c import as_ClusterImageVersionStatus_opt as as_ClusterImageVersionStatus_opt

__all__ = [
    "ClusterImageVersionStatus",
    "ClusterImageVersionStatusLiteral",
]
