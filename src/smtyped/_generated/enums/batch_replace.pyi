# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchReplaceClusterNodesErrorCode(OpenEnum):
    INSTANCEIDNOTFOUND = "InstanceIdNotFound"
    INVALIDINSTANCESTATUS = "InvalidInstanceStatus"
    INSTANCEIDINUSE = "InstanceIdInUse"
    INTERNALSERVERERROR = "InternalServerError"

BatchReplaceClusterNodesErrorCodeLiteral = Literal[
    "InstanceIdNotFound",
    "InvalidInstanceStatus",
    "InstanceIdInUse",
    "InternalServerError",
]

def as_BatchReplaceClusterNodesErrorCode(
    value: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral,
) -> BatchReplaceClusterNodesErrorCode: ...
def as_BatchReplaceClusterNodesErrorCode_opt(
    value: BatchReplaceClusterNodesErrorCode | BatchReplaceClusterNodesErrorCodeLiteral | None,
) -> BatchReplaceClusterNodesErrorCode | None: ...
