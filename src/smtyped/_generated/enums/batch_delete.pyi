# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchDeleteClusterNodesErrorCode(OpenEnum):
    NODEIDNOTFOUND = "NodeIdNotFound"
    INVALIDNODESTATUS = "InvalidNodeStatus"
    NODEIDINUSE = "NodeIdInUse"

BatchDeleteClusterNodesErrorCodeLiteral = Literal[
    "NodeIdNotFound",
    "InvalidNodeStatus",
    "NodeIdInUse",
]

def as_BatchDeleteClusterNodesErrorCode(
    value: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral,
) -> BatchDeleteClusterNodesErrorCode: ...
def as_BatchDeleteClusterNodesErrorCode_opt(
    value: BatchDeleteClusterNodesErrorCode | BatchDeleteClusterNodesErrorCodeLiteral | None,
) -> BatchDeleteClusterNodesErrorCode | None: ...
