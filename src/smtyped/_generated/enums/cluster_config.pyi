# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterConfigMode as ClusterConfigMode
from smtyped._generated.enums._c import ClusterConfigModeLiteral as ClusterConfigModeLiteral
from smtyped._generated.enums._c import as_ClusterConfigMode as as_ClusterConfigMode
from smtyped._generated.enums._c import as_ClusterConfigMode_opt as as_ClusterConfigMode_opt

__all__ = [
    "ClusterConfigMode",
    "ClusterConfigModeLiteral",
]
