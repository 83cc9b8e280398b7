# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterNodeProvisioningMode(OpenEnum):
    CONTINUOUS = "Continuous"

ClusterNodeProvisioningModeLiteral = Literal["Continuous",]

def as_ClusterNodeProvisioningMode(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral,
) -> ClusterNodeProvisioningMode: ...
def as_ClusterNodeProvisioningMode_opt(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None,
) -> ClusterNodeProvisioningMode | None: ...

class ClusterNodeRecovery(OpenEnum):
    AUTOMATIC = "Automatic"
    NONE = "None"

ClusterNodeRecoveryLiteral = Literal[
    "Automatic",
    "None",
]

def as_ClusterNodeRecovery(value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral) -> ClusterNodeRecovery: ...
def as_ClusterNodeRecovery_opt(
    value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None,
) -> ClusterNodeRecovery | None: ...
