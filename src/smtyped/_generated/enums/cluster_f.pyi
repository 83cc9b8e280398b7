# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterFSxLustreDeletionPolicy as ClusterFSxLustreDeletionPolicy
from smtyped._generated.enums._c import ClusterFSxLustreDeletionPolicyLiteral as ClusterFSxLustreDeletionPolicyLiteral
from smtyped._generated.enums._c import as_ClusterFSxLustreDeletionPolicy as as_ClusterFSxLustreDeletionPolicy
from smtyped._generated.enums._c import as_ClusterFSxLustreDeletionPolicy_opt as as_ClusterFSxLustreDeletionPolicy_opt

__all__ = [
    "ClusterFSxLustreDeletionPolicy",
    "ClusterFSxLustreDeletionPolicyLiteral",
]
