# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterCapacityType as ClusterCapacityType
from smtyped._generated.enums._c import ClusterCapacityTypeLiteral as ClusterCapacityTypeLiteral
from smtyped._generated.enums._c import as_ClusterCapacityType as as_ClusterCapacityType
from smtyped._generated.enums._c import as_ClusterCapacityType_opt as as_ClusterCapacityType_opt

__all__ = [
    "ClusterCapacityType",
    "ClusterCapacityTypeLiteral",
]
