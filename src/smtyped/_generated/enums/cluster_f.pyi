# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterFSxLustreDeletionPolicy(OpenEnum):
    DELETEIFNOTUSED = "DeleteIfNotUsed"
    KEEP = "Keep"

ClusterFSxLustreDeletionPolicyLiteral = Literal[
    "DeleteIfNotUsed",
    "Keep",
]

def as_ClusterFSxLustreDeletionPolicy(
    value: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral,
) -> ClusterFSxLustreDeletionPolicy: ...
def as_ClusterFSxLustreDeletionPolicy_opt(
    value: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral | None,
) -> ClusterFSxLustreDeletionPolicy | None: ...
