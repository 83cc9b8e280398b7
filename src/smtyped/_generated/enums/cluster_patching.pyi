# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterPatchingStrategy as ClusterPatchingStrategy
from smtyped._generated.enums._c import ClusterPatchingStrategyLiteral as ClusterPatchingStrategyLiteral
from smtyped._generated.enums._c import as_ClusterPatchingStrategy as as_ClusterPatchingStrategy
from smtyped._generated.enums._c import as_ClusterPatchingStrategy_opt as as_ClusterPatchingStrategy_opt

__all__ = [
    "ClusterPatchingStrategy",
    "ClusterPatchingStrategyLiteral",
]
