# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchAddClusterNodesErrorCode(OpenEnum):
    INSTANCEGROUPNOTFOUND = "InstanceGroupNotFound"
    INVALIDINSTANCEGROUPSTATUS = "InvalidInstanceGroupStatus"

BatchAddClusterNodesErrorCodeLiteral = Literal[
    "InstanceGroupNotFound",
    "InvalidInstanceGroupStatus",
]

def as_BatchAddClusterNodesErrorCode(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral,
) -> BatchAddClusterNodesErrorCode: ...
def as_BatchAddClusterNodesErrorCode_opt(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None,
) -> BatchAddClusterNodesErrorCode | None: ...

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

class BatchStrategy(OpenEnum):
    MULTIRECORD = "MultiRecord"
    SINGLERECORD = "SingleRecord"

BatchStrategyLiteral = Literal[
    "MultiRecord",
    "SingleRecord",
]

def as_BatchStrategy(value: BatchStrategy | BatchStrategyLiteral) -> BatchStrategy: ...
def as_BatchStrategy_opt(value: BatchStrategy | BatchStrategyLiteral | None) -> BatchStrategy | None: ...

class BooleanOperator(OpenEnum):
    AND = "And"
    OR = "Or"

BooleanOperatorLiteral = Literal[
    "And",
    "Or",
]

def as_BooleanOperator(value: BooleanOperator | BooleanOperatorLiteral) -> BooleanOperator: ...
def as_BooleanOperator_opt(value: BooleanOperator | BooleanOperatorLiteral | None) -> BooleanOperator | None: ...
