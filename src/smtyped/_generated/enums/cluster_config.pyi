# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterConfigMode(OpenEnum):
    ENABLE = "Enable"
    DISABLE = "Disable"

ClusterConfigModeLiteral = Literal[
    "Enable",
    "Disable",
]

def as_ClusterConfigMode(value: ClusterConfigMode | ClusterConfigModeLiteral) -> ClusterConfigMode: ...
def as_ClusterConfigMode_opt(
    value: ClusterConfigMode | ClusterConfigModeLiteral | None,
) -> ClusterConfigMode | None: ...
