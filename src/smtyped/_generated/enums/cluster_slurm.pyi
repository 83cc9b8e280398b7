# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterSlurmConfigStrategy as ClusterSlurmConfigStrategy
from smtyped._generated.enums._c import ClusterSlurmConfigStrategyLiteral as ClusterSlurmConfigStrategyLiteral
from smtyped._generated.enums._c import ClusterSlurmNodeType as ClusterSlurmNodeType
from smtyped._generated.enums._c import ClusterSlurmNodeTypeLiteral as ClusterSlurmNodeTypeLiteral
from smtyped._generated.enums._c import as_ClusterSlurmConfigStrategy as as_ClusterSlurmConfigStrategy
from smtyped._generated.enums._c import as_ClusterSlurmConfigStrategy_opt as as_ClusterSlurmConfigStrategy_opt
from smtyped._generated.enums._c import as_ClusterSlurmNodeType as as_ClusterSlurmNodeType
from smtyped._generated.enums._c import as_ClusterSlurmNodeType_opt as as_ClusterSlurmNodeType_opt

__all__ = [
    "ClusterSlurmConfigStrategy",
    "ClusterSlurmConfigStrategyLiteral",
    "ClusterSlurmNodeType",
    "ClusterSlurmNodeTypeLiteral",
]
