# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterInterfaceType as ClusterInterfaceType
from smtyped._generated.enums._c import ClusterInterfaceTypeLiteral as ClusterInterfaceTypeLiteral
from smtyped._generated.enums._c import as_ClusterInterfaceType as as_ClusterInterfaceType
from smtyped._generated.enums._c import as_ClusterInterfaceType_opt as as_ClusterInterfaceType_opt

__all__ = [
    "ClusterInterfaceType",
    "ClusterInterfaceTypeLiteral",
]
