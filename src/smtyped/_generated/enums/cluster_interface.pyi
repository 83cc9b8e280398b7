# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterInterfaceType(OpenEnum):
    EFA = "efa"
    EFA_ONLY = "efa-only"

ClusterInterfaceTypeLiteral = Literal[
    "efa",
    "efa-only",
]

def as_ClusterInterfaceType(value: ClusterInterfaceType | ClusterInterfaceTypeLiteral) -> ClusterInterfaceType: ...
def as_ClusterInterfaceType_opt(
    value: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None,
) -> ClusterInterfaceType | None: ...
