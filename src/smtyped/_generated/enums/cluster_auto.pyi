# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterAutoScalerType as ClusterAutoScalerType
from smtyped._generated.enums._c import ClusterAutoScalerTypeLiteral as ClusterAutoScalerTypeLiteral
from smtyped._generated.enums._c import ClusterAutoScalingMode as ClusterAutoScalingMode
from smtyped._generated.enums._c import ClusterAutoScalingModeLiteral as ClusterAutoScalingModeLiteral
from smtyped._generated.enums._c import ClusterAutoScalingStatus as ClusterAutoScalingStatus
from smtyped._generated.enums._c import ClusterAutoScalingStatusLiteral as ClusterAutoScalingStatusLiteral
from smtyped._generated.enums._c import as_ClusterAutoScalerType as as_ClusterAutoScalerType
from smtyped._generated.enums._c import as_ClusterAutoScalerType_opt as as_ClusterAutoScalerType_opt
from smtyped._generated.enums._c import as_ClusterAutoScalingMode as as_ClusterAutoScalingMode
from smtyped._generated.enums._c import as_ClusterAutoScalingMode_opt as as_ClusterAutoScalingMode_opt
from smtyped._generated.enums._c import as_ClusterAutoScalingStatus as as_ClusterAutoScalingStatus
from smtyped._generated.enums._c import as_ClusterAutoScalingStatus_opt as as_ClusterAutoScalingStatus_opt

__all__ = [
    "ClusterAutoScalerType",
    "ClusterAutoScalerTypeLiteral",
    "ClusterAutoScalingMode",
    "ClusterAutoScalingModeLiteral",
    "ClusterAutoScalingStatus",
    "ClusterAutoScalingStatusLiteral",
]
