# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterSlurmConfigStrategy(OpenEnum):
    OVERWRITE = "Overwrite"
    MANAGED = "Managed"
    MERGE = "Merge"

ClusterSlurmConfigStrategyLiteral = Literal[
    "Overwrite",
    "Managed",
    "Merge",
]

def as_ClusterSlurmConfigStrategy(
    value: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral,
) -> ClusterSlurmConfigStrategy: ...
def as_ClusterSlurmConfigStrategy_opt(
    value: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral | None,
) -> ClusterSlurmConfigStrategy | None: ...

class ClusterSlurmNodeType(OpenEnum):
    CONTROLLER = "Controller"
    LOGIN = "Login"
    COMPUTE = "Compute"

ClusterSlurmNodeTypeLiteral = Literal[
    "Controller",
    "Login",
    "Compute",
]

def as_ClusterSlurmNodeType(value: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral) -> ClusterSlurmNodeType: ...
def as_ClusterSlurmNodeType_opt(
    value: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral | None,
) -> ClusterSlurmNodeType | None: ...
