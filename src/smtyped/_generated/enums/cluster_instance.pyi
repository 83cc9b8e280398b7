# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterInstanceStatus as ClusterInstanceStatus
from smtyped._generated.enums._c import ClusterInstanceStatusLiteral as ClusterInstanceStatusLiteral
from smtyped._generated.enums._c import ClusterInstanceType as ClusterInstanceType
from smtyped._generated.enums._c import ClusterInstanceTypeLiteral as ClusterInstanceTypeLiteral
from smtyped._generated.enums._c import as_ClusterInstanceStatus as as_ClusterInstanceStatus
from smtyped._generated.enums._c import as_ClusterInstanceStatus_opt as as_ClusterInstanceStatus_opt
from smtyped._generated.enums._c import as_ClusterInstanceType as as_ClusterInstanceType
from smtyped._generated.enums._c import as_ClusterInstanceType_opt as as_ClusterInstanceType_opt

__all__ = [
    "ClusterInstanceStatus",
    "ClusterInstanceStatusLiteral",
    "ClusterInstanceType",
    "ClusterInstanceTypeLiteral",
]
