# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterEventLevel as ClusterEventLevel
from smtyped._generated.enums._c import ClusterEventLevelLiteral as ClusterEventLevelLiteral
from smtyped._generated.enums._c import ClusterEventResourceType as ClusterEventResourceType
from smtyped._generated.enums._c import ClusterEventResourceTypeLiteral as ClusterEventResourceTypeLiteral
from smtyped._generated.enums._c import as_ClusterEventLevel as as_ClusterEventLevel
from smtyped._generated.enums._c import as_ClusterEventLevel_opt as as_ClusterEventLevel_opt
from smtyped._generated.enums._c import as_ClusterEventResourceType as as_ClusterEventResourceType
from smtyped._generated.enums._c import as_ClusterEventResourceType_opt as as_ClusterEventResourceType_opt

__all__ = [
    "ClusterEventLevel",
    "ClusterEventLevelLiteral",
    "ClusterEventResourceType",
    "ClusterEventResourceTypeLiteral",
]
