# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterPatchingStrategy(OpenEnum):
    WHENIDLE = "WhenIdle"
    WHENALLIDLE = "WhenAllIdle"

ClusterPatchingStrategyLiteral = Literal[
    "WhenIdle",
    "WhenAllIdle",
]

def as_ClusterPatchingStrategy(
    value: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral,
) -> ClusterPatchingStrategy: ...
def as_ClusterPatchingStrategy_opt(
    value: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral | None,
) -> ClusterPatchingStrategy | None: ...
