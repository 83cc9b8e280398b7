# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchRebootClusterNodesErrorCode(OpenEnum):
    INSTANCEIDNOTFOUND = "InstanceIdNotFound"
    INVALIDINSTANCESTATUS = "InvalidInstanceStatus"
    INSTANCEIDINUSE = "InstanceIdInUse"
    INTERNALSERVERERROR = "InternalServerError"

BatchRebootClusterNodesErrorCodeLiteral = Literal[
    "InstanceIdNotFound",
    "InvalidInstanceStatus",
    "InstanceIdInUse",
    "InternalServerError",
]

def as_BatchRebootClusterNodesErrorCode(
    value: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral,
) -> BatchRebootClusterNodesErrorCode: ...
def as_BatchRebootClusterNodesErrorCode_opt(
    value: BatchRebootClusterNodesErrorCode | BatchRebootClusterNodesErrorCodeLiteral | None,
) -> BatchRebootClusterNodesErrorCode | None: ...
