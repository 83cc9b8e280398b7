# Generated stub. Do not edit.
# Every enum whose name starts with "B", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchAddClusterNodesErrorCode(OpenEnum):
    """Values of ``BatchAddClusterNodesErrorCode``. Unknown values load as
    ``BatchAddClusterNodesErrorCode(value)`` with ``is_known`` False.

    Added:
        INSTANCE_GROUP_NOT_FOUND: 'InstanceGroupNotFound' since 2025-08-05
        INVALID_INSTANCE_GROUP_STATUS: 'InvalidInstanceGroupStatus' since 2025-08-05
        INCOMPATIBLE_AVAILABILITY_ZONES: 'IncompatibleAvailabilityZones' since 2026-04-10
        INCOMPATIBLE_INSTANCE_TYPES: 'IncompatibleInstanceTypes' since 2026-04-10
    """

    INSTANCE_GROUP_NOT_FOUND = "InstanceGroupNotFound"
    INVALID_INSTANCE_GROUP_STATUS = "InvalidInstanceGroupStatus"
    INCOMPATIBLE_AVAILABILITY_ZONES = "IncompatibleAvailabilityZones"
    INCOMPATIBLE_INSTANCE_TYPES = "IncompatibleInstanceTypes"

BatchAddClusterNodesErrorCodeLiteral = Literal[
    "InstanceGroupNotFound",
    "InvalidInstanceGroupStatus",
    "IncompatibleAvailabilityZones",
    "IncompatibleInstanceTypes",
]

def as_BatchAddClusterNodesErrorCode(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral,
) -> BatchAddClusterNodesErrorCode: ...
def as_BatchAddClusterNodesErrorCode_opt(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None,
) -> BatchAddClusterNodesErrorCode | None: ...

class BatchDeleteClusterNodesErrorCode(OpenEnum):
    """Values of ``BatchDeleteClusterNodesErrorCode``. Unknown values load as
    ``BatchDeleteClusterNodesErrorCode(value)`` with ``is_known`` False.

    Added:
        NODE_ID_NOT_FOUND: 'NodeIdNotFound' since 2024-10-31
        INVALID_NODE_STATUS: 'InvalidNodeStatus' since 2024-10-31
        NODE_ID_IN_USE: 'NodeIdInUse' since 2024-10-31
    """

    NODE_ID_NOT_FOUND = "NodeIdNotFound"
    INVALID_NODE_STATUS = "InvalidNodeStatus"
    NODE_ID_IN_USE = "NodeIdInUse"

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

class BatchRebootClusterNodesErrorCode(OpenEnum):
    """Values of ``BatchRebootClusterNodesErrorCode``. Unknown values load as
    ``BatchRebootClusterNodesErrorCode(value)`` with ``is_known`` False.

    Added:
        INSTANCE_ID_NOT_FOUND: 'InstanceIdNotFound' since 2025-11-20
        INVALID_INSTANCE_STATUS: 'InvalidInstanceStatus' since 2025-11-20
        INSTANCE_ID_IN_USE: 'InstanceIdInUse' since 2025-11-20
        INTERNAL_SERVER_ERROR: 'InternalServerError' since 2025-11-20
    """

    INSTANCE_ID_NOT_FOUND = "InstanceIdNotFound"
    INVALID_INSTANCE_STATUS = "InvalidInstanceStatus"
    INSTANCE_ID_IN_USE = "InstanceIdInUse"
    INTERNAL_SERVER_ERROR = "InternalServerError"

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

class BatchReplaceClusterNodesErrorCode(OpenEnum):
    """Values of ``BatchReplaceClusterNodesErrorCode``. Unknown values load as
    ``BatchReplaceClusterNodesErrorCode(value)`` with ``is_known`` False.

    Added:
        INSTANCE_ID_NOT_FOUND: 'InstanceIdNotFound' since 2025-11-20
        INVALID_INSTANCE_STATUS: 'InvalidInstanceStatus' since 2025-11-20
        INSTANCE_ID_IN_USE: 'InstanceIdInUse' since 2025-11-20
        INTERNAL_SERVER_ERROR: 'InternalServerError' since 2025-11-20
    """

    INSTANCE_ID_NOT_FOUND = "InstanceIdNotFound"
    INVALID_INSTANCE_STATUS = "InvalidInstanceStatus"
    INSTANCE_ID_IN_USE = "InstanceIdInUse"
    INTERNAL_SERVER_ERROR = "InternalServerError"

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

class BatchStrategy(OpenEnum):
    """Values of ``BatchStrategy``. Unknown values load as ``BatchStrategy(value)`` with ``is_known``
    False.

    Added:
        MULTI_RECORD: 'MultiRecord' since 2018-07-17
        SINGLE_RECORD: 'SingleRecord' since 2018-07-17
    """

    MULTI_RECORD = "MultiRecord"
    SINGLE_RECORD = "SingleRecord"

BatchStrategyLiteral = Literal[
    "MultiRecord",
    "SingleRecord",
]

def as_BatchStrategy(value: BatchStrategy | BatchStrategyLiteral) -> BatchStrategy: ...
def as_BatchStrategy_opt(value: BatchStrategy | BatchStrategyLiteral | None) -> BatchStrategy | None: ...

class BooleanOperator(OpenEnum):
    """Values of ``BooleanOperator``. Unknown values load as ``BooleanOperator(value)`` with
    ``is_known`` False.

    Added:
        AND: 'And' since 2018-11-28
        OR: 'Or' since 2018-11-28
    """

    AND = "And"
    OR = "Or"

BooleanOperatorLiteral = Literal[
    "And",
    "Or",
]

def as_BooleanOperator(value: BooleanOperator | BooleanOperatorLiteral) -> BooleanOperator: ...
def as_BooleanOperator_opt(value: BooleanOperator | BooleanOperatorLiteral | None) -> BooleanOperator | None: ...
