# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchAddClusterNodesErrorCode(OpenEnum):
    INSTANCEGROUPNOTFOUND = "InstanceGroupNotFound"
    INVALIDINSTANCEGROUPSTATUS = "InvalidInstanceGroupStatus"

BatchAddClusterNodesErrorCodeLiteral = Literal[
    "InstanceGroupNotFound",
    "InvalidInstanceGroupStatus",
]

class BatchDeleteClusterNodesErrorCode(OpenEnum):
    NODEIDNOTFOUND = "NodeIdNotFound"
    INVALIDNODESTATUS = "InvalidNodeStatus"
    NODEIDINUSE = "NodeIdInUse"

BatchDeleteClusterNodesErrorCodeLiteral = Literal[
    "NodeIdNotFound",
    "InvalidNodeStatus",
    "NodeIdInUse",
]

class BatchStrategy(OpenEnum):
    MULTIRECORD = "MultiRecord"
    SINGLERECORD = "SingleRecord"

BatchStrategyLiteral = Literal[
    "MultiRecord",
    "SingleRecord",
]

class BooleanOperator(OpenEnum):
    AND = "And"
    OR = "Or"

BooleanOperatorLiteral = Literal[
    "And",
    "Or",
]
