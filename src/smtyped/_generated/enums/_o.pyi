# Generated stub. Do not edit.
# Every enum whose name starts with "O", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class ObjectiveStatus(OpenEnum):
    """Values of ``ObjectiveStatus``. Unknown values load as ``ObjectiveStatus(value)`` with
    ``is_known`` False.

    Added:
        SUCCEEDED: 'Succeeded' since 2018-06-04
        PENDING: 'Pending' since 2018-06-04
        FAILED: 'Failed' since 2018-06-04
    """

    SUCCEEDED = "Succeeded"
    PENDING = "Pending"
    FAILED = "Failed"

ObjectiveStatusLiteral = Literal[
    "Succeeded",
    "Pending",
    "Failed",
]

def as_ObjectiveStatus(value: ObjectiveStatus | ObjectiveStatusLiteral) -> ObjectiveStatus: ...
def as_ObjectiveStatus_opt(value: ObjectiveStatus | ObjectiveStatusLiteral | None) -> ObjectiveStatus | None: ...

class OfflineStoreStatusValue(OpenEnum):
    """Values of ``OfflineStoreStatusValue``. Unknown values load as ``OfflineStoreStatusValue(value)``
    with ``is_known`` False.

    Added:
        ACTIVE: 'Active' since 2020-12-01
        BLOCKED: 'Blocked' since 2020-12-01
        DISABLED: 'Disabled' since 2020-12-01
    """

    ACTIVE = "Active"
    BLOCKED = "Blocked"
    DISABLED = "Disabled"

OfflineStoreStatusValueLiteral = Literal[
    "Active",
    "Blocked",
    "Disabled",
]

def as_OfflineStoreStatusValue(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral,
) -> OfflineStoreStatusValue: ...
def as_OfflineStoreStatusValue_opt(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None,
) -> OfflineStoreStatusValue | None: ...

class Operator(OpenEnum):
    """Values of ``Operator``. Unknown values load as ``Operator(value)`` with ``is_known`` False.

    Added:
        EQUALS: 'Equals' since 2018-11-28
        NOT_EQUALS: 'NotEquals' since 2018-11-28
        GREATER_THAN: 'GreaterThan' since 2018-11-28
        GREATER_THAN_OR_EQUAL_TO: 'GreaterThanOrEqualTo' since 2018-11-28
        LESS_THAN: 'LessThan' since 2018-11-28
        LESS_THAN_OR_EQUAL_TO: 'LessThanOrEqualTo' since 2018-11-28
        CONTAINS: 'Contains' since 2018-11-28
        EXISTS: 'Exists' since 2019-12-04
        NOT_EXISTS: 'NotExists' since 2019-12-04
        IN: 'In' since 2020-03-26
    """

    EQUALS = "Equals"
    NOT_EQUALS = "NotEquals"
    GREATER_THAN = "GreaterThan"
    GREATER_THAN_OR_EQUAL_TO = "GreaterThanOrEqualTo"
    LESS_THAN = "LessThan"
    LESS_THAN_OR_EQUAL_TO = "LessThanOrEqualTo"
    CONTAINS = "Contains"
    EXISTS = "Exists"
    NOT_EXISTS = "NotExists"
    IN = "In"

OperatorLiteral = Literal[
    "Equals",
    "NotEquals",
    "GreaterThan",
    "GreaterThanOrEqualTo",
    "LessThan",
    "LessThanOrEqualTo",
    "Contains",
    "Exists",
    "NotExists",
    "In",
]

def as_Operator(value: Operator | OperatorLiteral) -> Operator: ...
def as_Operator_opt(value: Operator | OperatorLiteral | None) -> Operator | None: ...

class OptimizationJobDeploymentInstanceType(OpenEnum):
    """Values of ``OptimizationJobDeploymentInstanceType``. Unknown values load as
    ``OptimizationJobDeploymentInstanceType(value)`` with ``is_known`` False.

    Added:
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2024-07-09
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2024-07-09
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2024-07-09
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2025-11-21
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2025-11-21
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2026-04-21
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2026-04-21
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2026-04-21
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2026-04-21
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2026-04-21
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2026-04-21
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2024-07-09
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2024-07-09
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2024-07-09
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2024-07-09
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2024-07-09
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2024-07-09
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2024-07-09
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2024-07-09
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-07-09
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-07-09
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-07-09
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-07-09
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-07-09
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-07-09
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-07-09
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-07-09
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2025-03-21
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2025-03-21
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2025-03-21
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2025-03-21
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2025-03-21
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2025-03-21
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2025-03-21
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2025-03-21
        ML_INF2_XLARGE: 'ml.inf2.xlarge' since 2024-07-09
        ML_INF2_8XLARGE: 'ml.inf2.8xlarge' since 2024-07-09
        ML_INF2_24XLARGE: 'ml.inf2.24xlarge' since 2024-07-09
        ML_INF2_48XLARGE: 'ml.inf2.48xlarge' since 2024-07-09
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2024-07-09
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2024-07-09
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2024-07-09
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2026-07-27
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-07-27
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-07-27
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-07-27
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-07-27
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-07-27
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-07-27
    """

    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    ML_INF2_XLARGE = "ml.inf2.xlarge"
    ML_INF2_8XLARGE = "ml.inf2.8xlarge"
    ML_INF2_24XLARGE = "ml.inf2.24xlarge"
    ML_INF2_48XLARGE = "ml.inf2.48xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"

OptimizationJobDeploymentInstanceTypeLiteral = Literal[
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.12xlarge",
    "ml.g6.16xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.inf2.xlarge",
    "ml.inf2.8xlarge",
    "ml.inf2.24xlarge",
    "ml.inf2.48xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.p6-b200.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
]

def as_OptimizationJobDeploymentInstanceType(
    value: OptimizationJobDeploymentInstanceType | OptimizationJobDeploymentInstanceTypeLiteral,
) -> OptimizationJobDeploymentInstanceType: ...
def as_OptimizationJobDeploymentInstanceType_opt(
    value: OptimizationJobDeploymentInstanceType | OptimizationJobDeploymentInstanceTypeLiteral | None,
) -> OptimizationJobDeploymentInstanceType | None: ...

class OptimizationJobStatus(OpenEnum):
    """Values of ``OptimizationJobStatus``. Unknown values load as ``OptimizationJobStatus(value)``
    with ``is_known`` False.

    Added:
        INPROGRESS: 'INPROGRESS' since 2024-07-09
        COMPLETED: 'COMPLETED' since 2024-07-09
        FAILED: 'FAILED' since 2024-07-09
        STARTING: 'STARTING' since 2024-07-09
        STOPPING: 'STOPPING' since 2024-07-09
        STOPPED: 'STOPPED' since 2024-07-09
    """

    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

OptimizationJobStatusLiteral = Literal[
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STARTING",
    "STOPPING",
    "STOPPED",
]

def as_OptimizationJobStatus(value: OptimizationJobStatus | OptimizationJobStatusLiteral) -> OptimizationJobStatus: ...
def as_OptimizationJobStatus_opt(
    value: OptimizationJobStatus | OptimizationJobStatusLiteral | None,
) -> OptimizationJobStatus | None: ...

class OrderKey(OpenEnum):
    """Values of ``OrderKey``. Unknown values load as ``OrderKey(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2017-11-29
        DESCENDING: 'Descending' since 2017-11-29
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

OrderKeyLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_OrderKey(value: OrderKey | OrderKeyLiteral) -> OrderKey: ...
def as_OrderKey_opt(value: OrderKey | OrderKeyLiteral | None) -> OrderKey | None: ...

class OutputCompressionType(OpenEnum):
    """Values of ``OutputCompressionType``. Unknown values load as ``OutputCompressionType(value)``
    with ``is_known`` False.

    Added:
        GZIP: 'GZIP' since 2023-06-21
        NONE: 'NONE' since 2023-06-21
    """

    GZIP = "GZIP"
    NONE = "NONE"

OutputCompressionTypeLiteral = Literal[
    "GZIP",
    "NONE",
]

def as_OutputCompressionType(value: OutputCompressionType | OutputCompressionTypeLiteral) -> OutputCompressionType: ...
def as_OutputCompressionType_opt(
    value: OutputCompressionType | OutputCompressionTypeLiteral | None,
) -> OutputCompressionType | None: ...
