# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterNodeProvisioningMode as ClusterNodeProvisioningMode
from smtyped._generated.enums._c import ClusterNodeProvisioningModeLiteral as ClusterNodeProvisioningModeLiteral
from smtyped._generated.enums._c import ClusterNodeRecovery as ClusterNodeRecovery
from smtyped._generated.enums._c import ClusterNodeRecoveryLiteral as ClusterNodeRecoveryLiteral
from smtyped._generated.enums._c import as_ClusterNodeProvisioningMode as as_ClusterNodeProvisioningMode
from smtyped._generated.enums._c import as_ClusterNodeProvisioningMode_opt as as_ClusterNodeProvisioningMode_opt
from smtyped._generated.enums._c import as_ClusterNodeRecovery as as_ClusterNodeRecovery
from smtyped._generated.enums._c import as_ClusterNodeRecovery_opt as as_ClusterNodeRecovery_opt

__all__ = [
    "ClusterNodeProvisioningMode",
    "ClusterNodeProvisioningModeLiteral",
    "ClusterNodeRecovery",
    "ClusterNodeRecoveryLiteral",
]
