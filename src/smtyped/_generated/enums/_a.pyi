# Generated stub. Do not edit.
# Every enum whose name starts with "A", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class AIBenchmarkJobStatus(OpenEnum):
    """Values of ``AIBenchmarkJobStatus``. Unknown values load as ``AIBenchmarkJobStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2026-04-21
        COMPLETED: 'Completed' since 2026-04-21
        FAILED: 'Failed' since 2026-04-21
        STOPPING: 'Stopping' since 2026-04-21
        STOPPED: 'Stopped' since 2026-04-21
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

AIBenchmarkJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_AIBenchmarkJobStatus(value: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral) -> AIBenchmarkJobStatus: ...
def as_AIBenchmarkJobStatus_opt(
    value: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None,
) -> AIBenchmarkJobStatus | None: ...

class AICapacityReservationPreference(OpenEnum):
    """Values of ``AICapacityReservationPreference``. Unknown values load as
    ``AICapacityReservationPreference(value)`` with ``is_known`` False.

    Added:
        CAPACITY_RESERVATIONS_ONLY: 'capacity-reservations-only' since 2026-04-21
    """

    CAPACITY_RESERVATIONS_ONLY = "capacity-reservations-only"

AICapacityReservationPreferenceLiteral = Literal["capacity-reservations-only",]

def as_AICapacityReservationPreference(
    value: AICapacityReservationPreference | AICapacityReservationPreferenceLiteral,
) -> AICapacityReservationPreference: ...
def as_AICapacityReservationPreference_opt(
    value: AICapacityReservationPreference | AICapacityReservationPreferenceLiteral | None,
) -> AICapacityReservationPreference | None: ...

class AIRecommendationInferenceFramework(OpenEnum):
    """Values of ``AIRecommendationInferenceFramework``. Unknown values load as
    ``AIRecommendationInferenceFramework(value)`` with ``is_known`` False.

    Added:
        LMI: 'LMI' since 2026-04-21
        VLLM: 'VLLM' since 2026-04-21
    """

    LMI = "LMI"
    VLLM = "VLLM"

AIRecommendationInferenceFrameworkLiteral = Literal[
    "LMI",
    "VLLM",
]

def as_AIRecommendationInferenceFramework(
    value: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral,
) -> AIRecommendationInferenceFramework: ...
def as_AIRecommendationInferenceFramework_opt(
    value: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral | None,
) -> AIRecommendationInferenceFramework | None: ...

class AIRecommendationInstanceType(OpenEnum):
    """Values of ``AIRecommendationInstanceType``. Unknown values load as
    ``AIRecommendationInstanceType(value)`` with ``is_known`` False.

    Added:
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2026-04-21
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2026-04-21
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2026-04-21
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2026-04-21
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2026-04-21
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2026-04-21
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2026-04-21
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2026-04-21
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2026-04-21
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2026-04-21
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2026-04-21
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2026-04-21
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2026-04-21
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2026-04-21
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2026-04-21
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2026-04-21
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2026-04-21
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2026-04-21
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2026-04-21
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2026-04-21
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2026-04-21
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2026-04-21
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2026-04-21
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2026-04-21
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-04-21
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-04-21
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-04-21
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-04-21
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-04-21
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-04-21
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2026-04-21
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2026-04-21
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2026-04-21
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2026-04-21
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2026-04-21
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2026-04-21
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2026-04-21
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2026-04-21
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2026-04-21
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2026-05-27
    """

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
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"

AIRecommendationInstanceTypeLiteral = Literal[
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
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.4xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.p6-b200.48xlarge",
]

def as_AIRecommendationInstanceType(
    value: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral,
) -> AIRecommendationInstanceType: ...
def as_AIRecommendationInstanceType_opt(
    value: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None,
) -> AIRecommendationInstanceType | None: ...

class AIRecommendationJobStatus(OpenEnum):
    """Values of ``AIRecommendationJobStatus``. Unknown values load as
    ``AIRecommendationJobStatus(value)`` with ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2026-04-21
        COMPLETED: 'Completed' since 2026-04-21
        FAILED: 'Failed' since 2026-04-21
        STOPPING: 'Stopping' since 2026-04-21
        STOPPED: 'Stopped' since 2026-04-21
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

AIRecommendationJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_AIRecommendationJobStatus(
    value: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral,
) -> AIRecommendationJobStatus: ...
def as_AIRecommendationJobStatus_opt(
    value: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None,
) -> AIRecommendationJobStatus | None: ...

class AIRecommendationMetric(OpenEnum):
    """Values of ``AIRecommendationMetric``. Unknown values load as ``AIRecommendationMetric(value)``
    with ``is_known`` False.

    Added:
        TTFT_MS: 'ttft-ms' since 2026-04-21
        THROUGHPUT: 'throughput' since 2026-04-21
        COST: 'cost' since 2026-04-21
    """

    TTFT_MS = "ttft-ms"
    THROUGHPUT = "throughput"
    COST = "cost"

AIRecommendationMetricLiteral = Literal[
    "ttft-ms",
    "throughput",
    "cost",
]

def as_AIRecommendationMetric(
    value: AIRecommendationMetric | AIRecommendationMetricLiteral,
) -> AIRecommendationMetric: ...
def as_AIRecommendationMetric_opt(
    value: AIRecommendationMetric | AIRecommendationMetricLiteral | None,
) -> AIRecommendationMetric | None: ...

class AIRecommendationOptimizationType(OpenEnum):
    """Values of ``AIRecommendationOptimizationType``. Unknown values load as
    ``AIRecommendationOptimizationType(value)`` with ``is_known`` False.

    Added:
        SPECULATIVE_DECODING: 'SpeculativeDecoding' since 2026-04-21
        KERNEL_TUNING: 'KernelTuning' since 2026-04-21
    """

    SPECULATIVE_DECODING = "SpeculativeDecoding"
    KERNEL_TUNING = "KernelTuning"

AIRecommendationOptimizationTypeLiteral = Literal[
    "SpeculativeDecoding",
    "KernelTuning",
]

def as_AIRecommendationOptimizationType(
    value: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral,
) -> AIRecommendationOptimizationType: ...
def as_AIRecommendationOptimizationType_opt(
    value: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral | None,
) -> AIRecommendationOptimizationType | None: ...

class AccountDefaultStatus(OpenEnum):
    """Values of ``AccountDefaultStatus``. Unknown values load as ``AccountDefaultStatus(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'ENABLED' since 2025-12-02
        DISABLED: 'DISABLED' since 2025-12-02
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

AccountDefaultStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_AccountDefaultStatus(value: AccountDefaultStatus | AccountDefaultStatusLiteral) -> AccountDefaultStatus: ...
def as_AccountDefaultStatus_opt(
    value: AccountDefaultStatus | AccountDefaultStatusLiteral | None,
) -> AccountDefaultStatus | None: ...

class ActionStatus(OpenEnum):
    """Values of ``ActionStatus``. Unknown values load as ``ActionStatus(value)`` with ``is_known``
    False.

    Added:
        UNKNOWN: 'Unknown' since 2020-12-01
        IN_PROGRESS: 'InProgress' since 2020-12-01
        COMPLETED: 'Completed' since 2020-12-01
        FAILED: 'Failed' since 2020-12-01
        STOPPING: 'Stopping' since 2020-12-01
        STOPPED: 'Stopped' since 2020-12-01
    """

    UNKNOWN = "Unknown"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ActionStatusLiteral = Literal[
    "Unknown",
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ActionStatus(value: ActionStatus | ActionStatusLiteral) -> ActionStatus: ...
def as_ActionStatus_opt(value: ActionStatus | ActionStatusLiteral | None) -> ActionStatus | None: ...

class ActivationState(OpenEnum):
    """Values of ``ActivationState``. Unknown values load as ``ActivationState(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2024-12-04
        DISABLED: 'Disabled' since 2024-12-04
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

ActivationStateLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ActivationState(value: ActivationState | ActivationStateLiteral) -> ActivationState: ...
def as_ActivationState_opt(value: ActivationState | ActivationStateLiteral | None) -> ActivationState | None: ...

class ActiveClusterOperationName(OpenEnum):
    """Values of ``ActiveClusterOperationName``. Unknown values load as
    ``ActiveClusterOperationName(value)`` with ``is_known`` False.

    Added:
        SCALING: 'Scaling' since 2025-11-21
    """

    SCALING = "Scaling"

ActiveClusterOperationNameLiteral = Literal["Scaling",]

def as_ActiveClusterOperationName(
    value: ActiveClusterOperationName | ActiveClusterOperationNameLiteral,
) -> ActiveClusterOperationName: ...
def as_ActiveClusterOperationName_opt(
    value: ActiveClusterOperationName | ActiveClusterOperationNameLiteral | None,
) -> ActiveClusterOperationName | None: ...

class AdditionalS3DataSourceDataType(OpenEnum):
    """Values of ``AdditionalS3DataSourceDataType``. Unknown values load as
    ``AdditionalS3DataSourceDataType(value)`` with ``is_known`` False.

    Added:
        S3_OBJECT: 'S3Object' since 2023-10-04
        S3_PREFIX: 'S3Prefix' since 2024-01-14
    """

    S3_OBJECT = "S3Object"
    S3_PREFIX = "S3Prefix"

AdditionalS3DataSourceDataTypeLiteral = Literal[
    "S3Object",
    "S3Prefix",
]

def as_AdditionalS3DataSourceDataType(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral,
) -> AdditionalS3DataSourceDataType: ...
def as_AdditionalS3DataSourceDataType_opt(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral | None,
) -> AdditionalS3DataSourceDataType | None: ...

class AggregationTransformationValue(OpenEnum):
    """Values of ``AggregationTransformationValue``. Unknown values load as
    ``AggregationTransformationValue(value)`` with ``is_known`` False.

    Added:
        SUM: 'sum' since 2023-06-29
        AVG: 'avg' since 2023-06-29
        FIRST: 'first' since 2023-06-29
        MIN: 'min' since 2023-06-29
        MAX: 'max' since 2023-06-29
    """

    SUM = "sum"
    AVG = "avg"
    FIRST = "first"
    MIN = "min"
    MAX = "max"

AggregationTransformationValueLiteral = Literal[
    "sum",
    "avg",
    "first",
    "min",
    "max",
]

def as_AggregationTransformationValue(
    value: AggregationTransformationValue | AggregationTransformationValueLiteral,
) -> AggregationTransformationValue: ...
def as_AggregationTransformationValue_opt(
    value: AggregationTransformationValue | AggregationTransformationValueLiteral | None,
) -> AggregationTransformationValue | None: ...

class AlgorithmSortBy(OpenEnum):
    """Values of ``AlgorithmSortBy``. Unknown values load as ``AlgorithmSortBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-11-28
        CREATION_TIME: 'CreationTime' since 2018-11-28
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

AlgorithmSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_AlgorithmSortBy(value: AlgorithmSortBy | AlgorithmSortByLiteral) -> AlgorithmSortBy: ...
def as_AlgorithmSortBy_opt(value: AlgorithmSortBy | AlgorithmSortByLiteral | None) -> AlgorithmSortBy | None: ...

class AlgorithmStatus(OpenEnum):
    """Values of ``AlgorithmStatus``. Unknown values load as ``AlgorithmStatus(value)`` with
    ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2018-11-28
        IN_PROGRESS: 'InProgress' since 2018-11-28
        COMPLETED: 'Completed' since 2018-11-28
        FAILED: 'Failed' since 2018-11-28
        DELETING: 'Deleting' since 2018-11-28
    """

    PENDING = "Pending"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"

AlgorithmStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
]

def as_AlgorithmStatus(value: AlgorithmStatus | AlgorithmStatusLiteral) -> AlgorithmStatus: ...
def as_AlgorithmStatus_opt(value: AlgorithmStatus | AlgorithmStatusLiteral | None) -> AlgorithmStatus | None: ...

class AppImageConfigSortKey(OpenEnum):
    """Values of ``AppImageConfigSortKey``. Unknown values load as ``AppImageConfigSortKey(value)``
    with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2020-10-26
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2020-10-26
        NAME: 'Name' since 2020-10-26
    """

    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"
    NAME = "Name"

AppImageConfigSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
    "Name",
]

def as_AppImageConfigSortKey(value: AppImageConfigSortKey | AppImageConfigSortKeyLiteral) -> AppImageConfigSortKey: ...
def as_AppImageConfigSortKey_opt(
    value: AppImageConfigSortKey | AppImageConfigSortKeyLiteral | None,
) -> AppImageConfigSortKey | None: ...

class AppInstanceType(OpenEnum):
    """Values of ``AppInstanceType``. Unknown values load as ``AppInstanceType(value)`` with
    ``is_known`` False.

    Added:
        SYSTEM: 'system' since 2019-12-04
        ML_T3_MICRO: 'ml.t3.micro' since 2019-12-04
        ML_T3_SMALL: 'ml.t3.small' since 2019-12-04
        ML_T3_MEDIUM: 'ml.t3.medium' since 2019-12-04
        ML_T3_LARGE: 'ml.t3.large' since 2019-12-04
        ML_T3_XLARGE: 'ml.t3.xlarge' since 2019-12-04
        ML_T3_2XLARGE: 'ml.t3.2xlarge' since 2019-12-04
        ML_M5_LARGE: 'ml.m5.large' since 2019-12-04
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2019-12-04
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2019-12-04
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2019-12-04
        ML_M5_8XLARGE: 'ml.m5.8xlarge' since 2019-12-04
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2019-12-04
        ML_M5_16XLARGE: 'ml.m5.16xlarge' since 2019-12-04
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2019-12-04
        ML_M5D_LARGE: 'ml.m5d.large' since 2021-07-30
        ML_M5D_XLARGE: 'ml.m5d.xlarge' since 2021-07-30
        ML_M5D_2XLARGE: 'ml.m5d.2xlarge' since 2021-07-30
        ML_M5D_4XLARGE: 'ml.m5d.4xlarge' since 2021-07-30
        ML_M5D_8XLARGE: 'ml.m5d.8xlarge' since 2021-07-30
        ML_M5D_12XLARGE: 'ml.m5d.12xlarge' since 2021-07-30
        ML_M5D_16XLARGE: 'ml.m5d.16xlarge' since 2021-07-30
        ML_M5D_24XLARGE: 'ml.m5d.24xlarge' since 2021-07-30
        ML_C5_LARGE: 'ml.c5.large' since 2019-12-04
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2019-12-04
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2019-12-04
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2019-12-04
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2019-12-04
        ML_C5_12XLARGE: 'ml.c5.12xlarge' since 2019-12-04
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2019-12-04
        ML_C5_24XLARGE: 'ml.c5.24xlarge' since 2019-12-04
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2019-12-04
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2019-12-04
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2019-12-04
        ML_P3DN_24XLARGE: 'ml.p3dn.24xlarge' since 2021-07-30
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2019-12-04
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2019-12-04
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2019-12-04
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2019-12-04
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2019-12-04
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2019-12-04
        ML_R5_LARGE: 'ml.r5.large' since 2021-07-30
        ML_R5_XLARGE: 'ml.r5.xlarge' since 2021-07-30
        ML_R5_2XLARGE: 'ml.r5.2xlarge' since 2021-07-30
        ML_R5_4XLARGE: 'ml.r5.4xlarge' since 2021-07-30
        ML_R5_8XLARGE: 'ml.r5.8xlarge' since 2021-07-30
        ML_R5_12XLARGE: 'ml.r5.12xlarge' since 2021-07-30
        ML_R5_16XLARGE: 'ml.r5.16xlarge' since 2021-07-30
        ML_R5_24XLARGE: 'ml.r5.24xlarge' since 2021-07-30
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2022-05-27
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2022-05-27
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2022-05-27
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2022-05-27
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2022-05-27
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2022-05-27
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2022-05-27
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2022-05-27
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-05-10
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-05-10
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-05-10
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-05-10
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-05-10
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-05-10
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-05-10
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-05-10
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2024-09-19
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2024-09-19
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2024-09-19
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2024-09-19
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2024-09-19
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2024-09-19
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2024-09-19
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2024-09-19
        ML_GEOSPATIAL_INTERACTIVE: 'ml.geospatial.interactive' since 2023-03-23
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2023-04-27
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2023-04-27
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2023-11-16
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2023-11-16
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2023-11-16
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2024-03-25
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2025-04-29
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-09-09
        ML_M6I_LARGE: 'ml.m6i.large' since 2024-03-25
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2024-03-25
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2024-03-25
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2024-03-25
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2024-03-25
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2024-03-25
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2024-03-25
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2024-03-25
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2024-03-25
        ML_M7I_LARGE: 'ml.m7i.large' since 2024-03-25
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2024-03-25
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2024-03-25
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2024-03-25
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2024-03-25
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2024-03-25
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2024-03-25
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2024-03-25
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2024-03-25
        ML_C6I_LARGE: 'ml.c6i.large' since 2024-03-25
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2024-03-25
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2024-03-25
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2024-03-25
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2024-03-25
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2024-03-25
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2024-03-25
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2024-03-25
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2024-03-25
        ML_C7I_LARGE: 'ml.c7i.large' since 2024-03-25
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2024-03-25
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2024-03-25
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2024-03-25
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2024-03-25
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2024-03-25
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2024-03-25
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2024-03-25
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2024-03-25
        ML_R6I_LARGE: 'ml.r6i.large' since 2024-03-25
        ML_R6I_XLARGE: 'ml.r6i.xlarge' since 2024-03-25
        ML_R6I_2XLARGE: 'ml.r6i.2xlarge' since 2024-03-25
        ML_R6I_4XLARGE: 'ml.r6i.4xlarge' since 2024-03-25
        ML_R6I_8XLARGE: 'ml.r6i.8xlarge' since 2024-03-25
        ML_R6I_12XLARGE: 'ml.r6i.12xlarge' since 2024-03-25
        ML_R6I_16XLARGE: 'ml.r6i.16xlarge' since 2024-03-25
        ML_R6I_24XLARGE: 'ml.r6i.24xlarge' since 2024-03-25
        ML_R6I_32XLARGE: 'ml.r6i.32xlarge' since 2024-03-25
        ML_R7I_LARGE: 'ml.r7i.large' since 2024-03-25
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2024-03-25
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2024-03-25
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2024-03-25
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2024-03-25
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2024-03-25
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2024-03-25
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2024-03-25
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2024-03-25
        ML_M6ID_LARGE: 'ml.m6id.large' since 2024-03-25
        ML_M6ID_XLARGE: 'ml.m6id.xlarge' since 2024-03-25
        ML_M6ID_2XLARGE: 'ml.m6id.2xlarge' since 2024-03-25
        ML_M6ID_4XLARGE: 'ml.m6id.4xlarge' since 2024-03-25
        ML_M6ID_8XLARGE: 'ml.m6id.8xlarge' since 2024-03-25
        ML_M6ID_12XLARGE: 'ml.m6id.12xlarge' since 2024-03-25
        ML_M6ID_16XLARGE: 'ml.m6id.16xlarge' since 2024-03-25
        ML_M6ID_24XLARGE: 'ml.m6id.24xlarge' since 2024-03-25
        ML_M6ID_32XLARGE: 'ml.m6id.32xlarge' since 2024-03-25
        ML_C6ID_LARGE: 'ml.c6id.large' since 2024-03-25
        ML_C6ID_XLARGE: 'ml.c6id.xlarge' since 2024-03-25
        ML_C6ID_2XLARGE: 'ml.c6id.2xlarge' since 2024-03-25
        ML_C6ID_4XLARGE: 'ml.c6id.4xlarge' since 2024-03-25
        ML_C6ID_8XLARGE: 'ml.c6id.8xlarge' since 2024-03-25
        ML_C6ID_12XLARGE: 'ml.c6id.12xlarge' since 2024-03-25
        ML_C6ID_16XLARGE: 'ml.c6id.16xlarge' since 2024-03-25
        ML_C6ID_24XLARGE: 'ml.c6id.24xlarge' since 2024-03-25
        ML_C6ID_32XLARGE: 'ml.c6id.32xlarge' since 2024-03-25
        ML_R6ID_LARGE: 'ml.r6id.large' since 2024-03-25
        ML_R6ID_XLARGE: 'ml.r6id.xlarge' since 2024-03-25
        ML_R6ID_2XLARGE: 'ml.r6id.2xlarge' since 2024-03-25
        ML_R6ID_4XLARGE: 'ml.r6id.4xlarge' since 2024-03-25
        ML_R6ID_8XLARGE: 'ml.r6id.8xlarge' since 2024-03-25
        ML_R6ID_12XLARGE: 'ml.r6id.12xlarge' since 2024-03-25
        ML_R6ID_16XLARGE: 'ml.r6id.16xlarge' since 2024-03-25
        ML_R6ID_24XLARGE: 'ml.r6id.24xlarge' since 2024-03-25
        ML_R6ID_32XLARGE: 'ml.r6id.32xlarge' since 2024-03-25
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2026-05-05
        ML_G7_2XLARGE: 'ml.g7.2xlarge' since 2026-07-30
        ML_G7_4XLARGE: 'ml.g7.4xlarge' since 2026-07-30
        ML_G7_8XLARGE: 'ml.g7.8xlarge' since 2026-07-30
        ML_G7_12XLARGE: 'ml.g7.12xlarge' since 2026-07-30
        ML_G7_24XLARGE: 'ml.g7.24xlarge' since 2026-07-30
        ML_G7_48XLARGE: 'ml.g7.48xlarge' since 2026-07-30
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-06-16
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-06-16
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-06-16
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-06-16
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-06-16
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-06-16
    """

    SYSTEM = "system"
    ML_T3_MICRO = "ml.t3.micro"
    ML_T3_SMALL = "ml.t3.small"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_8XLARGE = "ml.m5.8xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_16XLARGE = "ml.m5.16xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_M5D_LARGE = "ml.m5d.large"
    ML_M5D_XLARGE = "ml.m5d.xlarge"
    ML_M5D_2XLARGE = "ml.m5d.2xlarge"
    ML_M5D_4XLARGE = "ml.m5d.4xlarge"
    ML_M5D_8XLARGE = "ml.m5d.8xlarge"
    ML_M5D_12XLARGE = "ml.m5d.12xlarge"
    ML_M5D_16XLARGE = "ml.m5d.16xlarge"
    ML_M5D_24XLARGE = "ml.m5d.24xlarge"
    ML_C5_LARGE = "ml.c5.large"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_12XLARGE = "ml.c5.12xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5_24XLARGE = "ml.c5.24xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P3DN_24XLARGE = "ml.p3dn.24xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_R5_LARGE = "ml.r5.large"
    ML_R5_XLARGE = "ml.r5.xlarge"
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    ML_R5_8XLARGE = "ml.r5.8xlarge"
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_16XLARGE = "ml.r5.16xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
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
    ML_GEOSPATIAL_INTERACTIVE = "ml.geospatial.interactive"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C6I_LARGE = "ml.c6i.large"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R6I_LARGE = "ml.r6i.large"
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_M6ID_LARGE = "ml.m6id.large"
    ML_M6ID_XLARGE = "ml.m6id.xlarge"
    ML_M6ID_2XLARGE = "ml.m6id.2xlarge"
    ML_M6ID_4XLARGE = "ml.m6id.4xlarge"
    ML_M6ID_8XLARGE = "ml.m6id.8xlarge"
    ML_M6ID_12XLARGE = "ml.m6id.12xlarge"
    ML_M6ID_16XLARGE = "ml.m6id.16xlarge"
    ML_M6ID_24XLARGE = "ml.m6id.24xlarge"
    ML_M6ID_32XLARGE = "ml.m6id.32xlarge"
    ML_C6ID_LARGE = "ml.c6id.large"
    ML_C6ID_XLARGE = "ml.c6id.xlarge"
    ML_C6ID_2XLARGE = "ml.c6id.2xlarge"
    ML_C6ID_4XLARGE = "ml.c6id.4xlarge"
    ML_C6ID_8XLARGE = "ml.c6id.8xlarge"
    ML_C6ID_12XLARGE = "ml.c6id.12xlarge"
    ML_C6ID_16XLARGE = "ml.c6id.16xlarge"
    ML_C6ID_24XLARGE = "ml.c6id.24xlarge"
    ML_C6ID_32XLARGE = "ml.c6id.32xlarge"
    ML_R6ID_LARGE = "ml.r6id.large"
    ML_R6ID_XLARGE = "ml.r6id.xlarge"
    ML_R6ID_2XLARGE = "ml.r6id.2xlarge"
    ML_R6ID_4XLARGE = "ml.r6id.4xlarge"
    ML_R6ID_8XLARGE = "ml.r6id.8xlarge"
    ML_R6ID_12XLARGE = "ml.r6id.12xlarge"
    ML_R6ID_16XLARGE = "ml.r6id.16xlarge"
    ML_R6ID_24XLARGE = "ml.r6id.24xlarge"
    ML_R6ID_32XLARGE = "ml.r6id.32xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_G7_2XLARGE = "ml.g7.2xlarge"
    ML_G7_4XLARGE = "ml.g7.4xlarge"
    ML_G7_8XLARGE = "ml.g7.8xlarge"
    ML_G7_12XLARGE = "ml.g7.12xlarge"
    ML_G7_24XLARGE = "ml.g7.24xlarge"
    ML_G7_48XLARGE = "ml.g7.48xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"

AppInstanceTypeLiteral = Literal[
    "system",
    "ml.t3.micro",
    "ml.t3.small",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.8xlarge",
    "ml.m5.12xlarge",
    "ml.m5.16xlarge",
    "ml.m5.24xlarge",
    "ml.m5d.large",
    "ml.m5d.xlarge",
    "ml.m5d.2xlarge",
    "ml.m5d.4xlarge",
    "ml.m5d.8xlarge",
    "ml.m5d.12xlarge",
    "ml.m5d.16xlarge",
    "ml.m5d.24xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.12xlarge",
    "ml.c5.18xlarge",
    "ml.c5.24xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p3dn.24xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.8xlarge",
    "ml.r5.12xlarge",
    "ml.r5.16xlarge",
    "ml.r5.24xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.16xlarge",
    "ml.g5.12xlarge",
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
    "ml.geospatial.interactive",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.p5.48xlarge",
    "ml.p5en.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.m6id.large",
    "ml.m6id.xlarge",
    "ml.m6id.2xlarge",
    "ml.m6id.4xlarge",
    "ml.m6id.8xlarge",
    "ml.m6id.12xlarge",
    "ml.m6id.16xlarge",
    "ml.m6id.24xlarge",
    "ml.m6id.32xlarge",
    "ml.c6id.large",
    "ml.c6id.xlarge",
    "ml.c6id.2xlarge",
    "ml.c6id.4xlarge",
    "ml.c6id.8xlarge",
    "ml.c6id.12xlarge",
    "ml.c6id.16xlarge",
    "ml.c6id.24xlarge",
    "ml.c6id.32xlarge",
    "ml.r6id.large",
    "ml.r6id.xlarge",
    "ml.r6id.2xlarge",
    "ml.r6id.4xlarge",
    "ml.r6id.8xlarge",
    "ml.r6id.12xlarge",
    "ml.r6id.16xlarge",
    "ml.r6id.24xlarge",
    "ml.r6id.32xlarge",
    "ml.p5.4xlarge",
    "ml.g7.2xlarge",
    "ml.g7.4xlarge",
    "ml.g7.8xlarge",
    "ml.g7.12xlarge",
    "ml.g7.24xlarge",
    "ml.g7.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
]

def as_AppInstanceType(value: AppInstanceType | AppInstanceTypeLiteral) -> AppInstanceType: ...
def as_AppInstanceType_opt(value: AppInstanceType | AppInstanceTypeLiteral | None) -> AppInstanceType | None: ...

class AppNetworkAccessType(OpenEnum):
    """Values of ``AppNetworkAccessType``. Unknown values load as ``AppNetworkAccessType(value)`` with
    ``is_known`` False.

    Added:
        PUBLIC_INTERNET_ONLY: 'PublicInternetOnly' since 2020-10-05
        VPC_ONLY: 'VpcOnly' since 2020-10-05
    """

    PUBLIC_INTERNET_ONLY = "PublicInternetOnly"
    VPC_ONLY = "VpcOnly"

AppNetworkAccessTypeLiteral = Literal[
    "PublicInternetOnly",
    "VpcOnly",
]

def as_AppNetworkAccessType(value: AppNetworkAccessType | AppNetworkAccessTypeLiteral) -> AppNetworkAccessType: ...
def as_AppNetworkAccessType_opt(
    value: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None,
) -> AppNetworkAccessType | None: ...

class AppSecurityGroupManagement(OpenEnum):
    """Values of ``AppSecurityGroupManagement``. Unknown values load as
    ``AppSecurityGroupManagement(value)`` with ``is_known`` False.

    Added:
        SERVICE: 'Service' since 2021-10-28
        CUSTOMER: 'Customer' since 2021-10-28
    """

    SERVICE = "Service"
    CUSTOMER = "Customer"

AppSecurityGroupManagementLiteral = Literal[
    "Service",
    "Customer",
]

def as_AppSecurityGroupManagement(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral,
) -> AppSecurityGroupManagement: ...
def as_AppSecurityGroupManagement_opt(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None,
) -> AppSecurityGroupManagement | None: ...

class AppSortKey(OpenEnum):
    """Values of ``AppSortKey``. Unknown values load as ``AppSortKey(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2019-12-04
    """

    CREATION_TIME = "CreationTime"

AppSortKeyLiteral = Literal["CreationTime",]

def as_AppSortKey(value: AppSortKey | AppSortKeyLiteral) -> AppSortKey: ...
def as_AppSortKey_opt(value: AppSortKey | AppSortKeyLiteral | None) -> AppSortKey | None: ...

class AppStatus(OpenEnum):
    """Values of ``AppStatus``. Unknown values load as ``AppStatus(value)`` with ``is_known`` False.

    Added:
        DELETED: 'Deleted' since 2019-12-04
        DELETING: 'Deleting' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        IN_SERVICE: 'InService' since 2019-12-04
        PENDING: 'Pending' since 2019-12-04
    """

    DELETED = "Deleted"
    DELETING = "Deleting"
    FAILED = "Failed"
    IN_SERVICE = "InService"
    PENDING = "Pending"

AppStatusLiteral = Literal[
    "Deleted",
    "Deleting",
    "Failed",
    "InService",
    "Pending",
]

def as_AppStatus(value: AppStatus | AppStatusLiteral) -> AppStatus: ...
def as_AppStatus_opt(value: AppStatus | AppStatusLiteral | None) -> AppStatus | None: ...

class AppType(OpenEnum):
    """Values of ``AppType``. Unknown values load as ``AppType(value)`` with ``is_known`` False.

    Added:
        JUPYTER_SERVER: 'JupyterServer' since 2019-12-04
        KERNEL_GATEWAY: 'KernelGateway' since 2019-12-04
        DETAILED_PROFILER: 'DetailedProfiler' since 2023-12-15
        TENSOR_BOARD: 'TensorBoard' since 2019-12-04
        CODE_EDITOR: 'CodeEditor' since 2023-11-30
        JUPYTER_LAB: 'JupyterLab' since 2023-11-30
        R_STUDIO_SERVER_PRO: 'RStudioServerPro' since 2021-10-28
        R_SESSION_GATEWAY: 'RSessionGateway' since 2021-10-28
        CANVAS: 'Canvas' since 2023-12-15
    """

    JUPYTER_SERVER = "JupyterServer"
    KERNEL_GATEWAY = "KernelGateway"
    DETAILED_PROFILER = "DetailedProfiler"
    TENSOR_BOARD = "TensorBoard"
    CODE_EDITOR = "CodeEditor"
    JUPYTER_LAB = "JupyterLab"
    R_STUDIO_SERVER_PRO = "RStudioServerPro"
    R_SESSION_GATEWAY = "RSessionGateway"
    CANVAS = "Canvas"

AppTypeLiteral = Literal[
    "JupyterServer",
    "KernelGateway",
    "DetailedProfiler",
    "TensorBoard",
    "CodeEditor",
    "JupyterLab",
    "RStudioServerPro",
    "RSessionGateway",
    "Canvas",
]

def as_AppType(value: AppType | AppTypeLiteral) -> AppType: ...
def as_AppType_opt(value: AppType | AppTypeLiteral | None) -> AppType | None: ...

class ArtifactSourceIdType(OpenEnum):
    """Values of ``ArtifactSourceIdType``. Unknown values load as ``ArtifactSourceIdType(value)`` with
    ``is_known`` False.

    Added:
        MD5_HASH: 'MD5Hash' since 2020-12-01
        S3_E_TAG: 'S3ETag' since 2020-12-01
        S3_VERSION: 'S3Version' since 2020-12-01
        CUSTOM: 'Custom' since 2020-12-01
    """

    MD5_HASH = "MD5Hash"
    S3_E_TAG = "S3ETag"
    S3_VERSION = "S3Version"
    CUSTOM = "Custom"

ArtifactSourceIdTypeLiteral = Literal[
    "MD5Hash",
    "S3ETag",
    "S3Version",
    "Custom",
]

def as_ArtifactSourceIdType(value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral) -> ArtifactSourceIdType: ...
def as_ArtifactSourceIdType_opt(
    value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral | None,
) -> ArtifactSourceIdType | None: ...

class AssemblyType(OpenEnum):
    """Values of ``AssemblyType``. Unknown values load as ``AssemblyType(value)`` with ``is_known``
    False.

    Added:
        NONE: 'None' since 2018-07-17
        LINE: 'Line' since 2018-07-17
    """

    NONE = "None"
    LINE = "Line"

AssemblyTypeLiteral = Literal[
    "None",
    "Line",
]

def as_AssemblyType(value: AssemblyType | AssemblyTypeLiteral) -> AssemblyType: ...
def as_AssemblyType_opt(value: AssemblyType | AssemblyTypeLiteral | None) -> AssemblyType | None: ...

class AssociationEdgeType(OpenEnum):
    """Values of ``AssociationEdgeType``. Unknown values load as ``AssociationEdgeType(value)`` with
    ``is_known`` False.

    Added:
        CONTRIBUTED_TO: 'ContributedTo' since 2020-12-01
        ASSOCIATED_WITH: 'AssociatedWith' since 2020-12-01
        DERIVED_FROM: 'DerivedFrom' since 2020-12-01
        PRODUCED: 'Produced' since 2020-12-01
        SAME_AS: 'SameAs' since 2023-12-15
    """

    CONTRIBUTED_TO = "ContributedTo"
    ASSOCIATED_WITH = "AssociatedWith"
    DERIVED_FROM = "DerivedFrom"
    PRODUCED = "Produced"
    SAME_AS = "SameAs"

AssociationEdgeTypeLiteral = Literal[
    "ContributedTo",
    "AssociatedWith",
    "DerivedFrom",
    "Produced",
    "SameAs",
]

def as_AssociationEdgeType(value: AssociationEdgeType | AssociationEdgeTypeLiteral) -> AssociationEdgeType: ...
def as_AssociationEdgeType_opt(
    value: AssociationEdgeType | AssociationEdgeTypeLiteral | None,
) -> AssociationEdgeType | None: ...

class AsyncNotificationTopicTypes(OpenEnum):
    """Values of ``AsyncNotificationTopicTypes``. Unknown values load as
    ``AsyncNotificationTopicTypes(value)`` with ``is_known`` False.

    Added:
        SUCCESS_NOTIFICATION_TOPIC: 'SUCCESS_NOTIFICATION_TOPIC' since 2023-04-04
        ERROR_NOTIFICATION_TOPIC: 'ERROR_NOTIFICATION_TOPIC' since 2023-04-04
    """

    SUCCESS_NOTIFICATION_TOPIC = "SUCCESS_NOTIFICATION_TOPIC"
    ERROR_NOTIFICATION_TOPIC = "ERROR_NOTIFICATION_TOPIC"

AsyncNotificationTopicTypesLiteral = Literal[
    "SUCCESS_NOTIFICATION_TOPIC",
    "ERROR_NOTIFICATION_TOPIC",
]

def as_AsyncNotificationTopicTypes(
    value: AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral,
) -> AsyncNotificationTopicTypes: ...
def as_AsyncNotificationTopicTypes_opt(
    value: AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral | None,
) -> AsyncNotificationTopicTypes | None: ...

class AthenaResultCompressionType(OpenEnum):
    """Values of ``AthenaResultCompressionType``. Unknown values load as
    ``AthenaResultCompressionType(value)`` with ``is_known`` False.

    Added:
        GZIP: 'GZIP' since 2020-12-01
        SNAPPY: 'SNAPPY' since 2020-12-01
        ZLIB: 'ZLIB' since 2020-12-01
    """

    GZIP = "GZIP"
    SNAPPY = "SNAPPY"
    ZLIB = "ZLIB"

AthenaResultCompressionTypeLiteral = Literal[
    "GZIP",
    "SNAPPY",
    "ZLIB",
]

def as_AthenaResultCompressionType(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral,
) -> AthenaResultCompressionType: ...
def as_AthenaResultCompressionType_opt(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None,
) -> AthenaResultCompressionType | None: ...

class AthenaResultFormat(OpenEnum):
    """Values of ``AthenaResultFormat``. Unknown values load as ``AthenaResultFormat(value)`` with
    ``is_known`` False.

    Added:
        PARQUET: 'PARQUET' since 2020-12-01
        ORC: 'ORC' since 2020-12-01
        AVRO: 'AVRO' since 2020-12-01
        JSON: 'JSON' since 2020-12-01
        TEXTFILE: 'TEXTFILE' since 2020-12-01
    """

    PARQUET = "PARQUET"
    ORC = "ORC"
    AVRO = "AVRO"
    JSON = "JSON"
    TEXTFILE = "TEXTFILE"

AthenaResultFormatLiteral = Literal[
    "PARQUET",
    "ORC",
    "AVRO",
    "JSON",
    "TEXTFILE",
]

def as_AthenaResultFormat(value: AthenaResultFormat | AthenaResultFormatLiteral) -> AthenaResultFormat: ...
def as_AthenaResultFormat_opt(
    value: AthenaResultFormat | AthenaResultFormatLiteral | None,
) -> AthenaResultFormat | None: ...

class AuthMode(OpenEnum):
    """Values of ``AuthMode``. Unknown values load as ``AuthMode(value)`` with ``is_known`` False.

    Added:
        SSO: 'SSO' since 2019-12-04
        IAM: 'IAM' since 2019-12-04
    """

    SSO = "SSO"
    IAM = "IAM"

AuthModeLiteral = Literal[
    "SSO",
    "IAM",
]

def as_AuthMode(value: AuthMode | AuthModeLiteral) -> AuthMode: ...
def as_AuthMode_opt(value: AuthMode | AuthModeLiteral | None) -> AuthMode | None: ...

class AutoMLAlgorithm(OpenEnum):
    """Values of ``AutoMLAlgorithm``. Unknown values load as ``AutoMLAlgorithm(value)`` with
    ``is_known`` False.

    Added:
        XGBOOST: 'xgboost' since 2023-02-10
        LINEAR_LEARNER: 'linear-learner' since 2023-02-10
        MLP: 'mlp' since 2023-02-10
        LIGHTGBM: 'lightgbm' since 2023-02-10
        CATBOOST: 'catboost' since 2023-02-10
        RANDOMFOREST: 'randomforest' since 2023-02-10
        EXTRA_TREES: 'extra-trees' since 2023-02-10
        NN_TORCH: 'nn-torch' since 2023-02-10
        FASTAI: 'fastai' since 2023-02-10
        CNN_QR: 'cnn-qr' since 2024-05-30
        DEEPAR: 'deepar' since 2024-05-30
        PROPHET: 'prophet' since 2024-05-30
        NPTS: 'npts' since 2024-05-30
        ARIMA: 'arima' since 2024-05-30
        ETS: 'ets' since 2024-05-30
    """

    XGBOOST = "xgboost"
    LINEAR_LEARNER = "linear-learner"
    MLP = "mlp"
    LIGHTGBM = "lightgbm"
    CATBOOST = "catboost"
    RANDOMFOREST = "randomforest"
    EXTRA_TREES = "extra-trees"
    NN_TORCH = "nn-torch"
    FASTAI = "fastai"
    CNN_QR = "cnn-qr"
    DEEPAR = "deepar"
    PROPHET = "prophet"
    NPTS = "npts"
    ARIMA = "arima"
    ETS = "ets"

AutoMLAlgorithmLiteral = Literal[
    "xgboost",
    "linear-learner",
    "mlp",
    "lightgbm",
    "catboost",
    "randomforest",
    "extra-trees",
    "nn-torch",
    "fastai",
    "cnn-qr",
    "deepar",
    "prophet",
    "npts",
    "arima",
    "ets",
]

def as_AutoMLAlgorithm(value: AutoMLAlgorithm | AutoMLAlgorithmLiteral) -> AutoMLAlgorithm: ...
def as_AutoMLAlgorithm_opt(value: AutoMLAlgorithm | AutoMLAlgorithmLiteral | None) -> AutoMLAlgorithm | None: ...

class AutoMLChannelType(OpenEnum):
    """Values of ``AutoMLChannelType``. Unknown values load as ``AutoMLChannelType(value)`` with
    ``is_known`` False.

    Added:
        TRAINING: 'training' since 2022-04-27
        VALIDATION: 'validation' since 2022-04-27
    """

    TRAINING = "training"
    VALIDATION = "validation"

AutoMLChannelTypeLiteral = Literal[
    "training",
    "validation",
]

def as_AutoMLChannelType(value: AutoMLChannelType | AutoMLChannelTypeLiteral) -> AutoMLChannelType: ...
def as_AutoMLChannelType_opt(
    value: AutoMLChannelType | AutoMLChannelTypeLiteral | None,
) -> AutoMLChannelType | None: ...

class AutoMLJobObjectiveType(OpenEnum):
    """Values of ``AutoMLJobObjectiveType``. Unknown values load as ``AutoMLJobObjectiveType(value)``
    with ``is_known`` False.

    Added:
        MAXIMIZE: 'Maximize' since 2019-12-04
        MINIMIZE: 'Minimize' since 2019-12-04
    """

    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

AutoMLJobObjectiveTypeLiteral = Literal[
    "Maximize",
    "Minimize",
]

def as_AutoMLJobObjectiveType(
    value: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral,
) -> AutoMLJobObjectiveType: ...
def as_AutoMLJobObjectiveType_opt(
    value: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral | None,
) -> AutoMLJobObjectiveType | None: ...

class AutoMLJobSecondaryStatus(OpenEnum):
    """Values of ``AutoMLJobSecondaryStatus``. Unknown values load as
    ``AutoMLJobSecondaryStatus(value)`` with ``is_known`` False.

    Added:
        STARTING: 'Starting' since 2019-12-04
        MAX_CANDIDATES_REACHED: 'MaxCandidatesReached' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
        MAX_AUTO_ML_JOB_RUNTIME_REACHED: 'MaxAutoMLJobRuntimeReached' since 2019-12-04
        STOPPING: 'Stopping' since 2019-12-04
        CANDIDATE_DEFINITIONS_GENERATED: 'CandidateDefinitionsGenerated' since 2019-12-04
        COMPLETED: 'Completed' since 2021-03-25
        EXPLAINABILITY_ERROR: 'ExplainabilityError' since 2021-03-25
        DEPLOYING_MODEL: 'DeployingModel' since 2021-05-05
        MODEL_DEPLOYMENT_ERROR: 'ModelDeploymentError' since 2021-05-05
        GENERATING_MODEL_INSIGHTS_REPORT: 'GeneratingModelInsightsReport' since 2022-02-08
        MODEL_INSIGHTS_ERROR: 'ModelInsightsError' since 2022-02-08
        ANALYZING_DATA: 'AnalyzingData' since 2019-12-04
        FEATURE_ENGINEERING: 'FeatureEngineering' since 2019-12-04
        MODEL_TUNING: 'ModelTuning' since 2019-12-04
        GENERATING_EXPLAINABILITY_REPORT: 'GeneratingExplainabilityReport' since 2021-03-25
        TRAINING_MODELS: 'TrainingModels' since 2023-03-23
        PRE_TRAINING: 'PreTraining' since 2023-06-29
    """

    STARTING = "Starting"
    MAX_CANDIDATES_REACHED = "MaxCandidatesReached"
    FAILED = "Failed"
    STOPPED = "Stopped"
    MAX_AUTO_ML_JOB_RUNTIME_REACHED = "MaxAutoMLJobRuntimeReached"
    STOPPING = "Stopping"
    CANDIDATE_DEFINITIONS_GENERATED = "CandidateDefinitionsGenerated"
    COMPLETED = "Completed"
    EXPLAINABILITY_ERROR = "ExplainabilityError"
    DEPLOYING_MODEL = "DeployingModel"
    MODEL_DEPLOYMENT_ERROR = "ModelDeploymentError"
    GENERATING_MODEL_INSIGHTS_REPORT = "GeneratingModelInsightsReport"
    MODEL_INSIGHTS_ERROR = "ModelInsightsError"
    ANALYZING_DATA = "AnalyzingData"
    FEATURE_ENGINEERING = "FeatureEngineering"
    MODEL_TUNING = "ModelTuning"
    GENERATING_EXPLAINABILITY_REPORT = "GeneratingExplainabilityReport"
    TRAINING_MODELS = "TrainingModels"
    PRE_TRAINING = "PreTraining"

AutoMLJobSecondaryStatusLiteral = Literal[
    "Starting",
    "MaxCandidatesReached",
    "Failed",
    "Stopped",
    "MaxAutoMLJobRuntimeReached",
    "Stopping",
    "CandidateDefinitionsGenerated",
    "Completed",
    "ExplainabilityError",
    "DeployingModel",
    "ModelDeploymentError",
    "GeneratingModelInsightsReport",
    "ModelInsightsError",
    "AnalyzingData",
    "FeatureEngineering",
    "ModelTuning",
    "GeneratingExplainabilityReport",
    "TrainingModels",
    "PreTraining",
]

def as_AutoMLJobSecondaryStatus(
    value: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral,
) -> AutoMLJobSecondaryStatus: ...
def as_AutoMLJobSecondaryStatus_opt(
    value: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None,
) -> AutoMLJobSecondaryStatus | None: ...

class AutoMLJobStatus(OpenEnum):
    """Values of ``AutoMLJobStatus``. Unknown values load as ``AutoMLJobStatus(value)`` with
    ``is_known`` False.

    Added:
        COMPLETED: 'Completed' since 2019-12-04
        IN_PROGRESS: 'InProgress' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
        STOPPING: 'Stopping' since 2019-12-04
    """

    COMPLETED = "Completed"
    IN_PROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

AutoMLJobStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
]

def as_AutoMLJobStatus(value: AutoMLJobStatus | AutoMLJobStatusLiteral) -> AutoMLJobStatus: ...
def as_AutoMLJobStatus_opt(value: AutoMLJobStatus | AutoMLJobStatusLiteral | None) -> AutoMLJobStatus | None: ...

class AutoMLMetricEnum(OpenEnum):
    """Values of ``AutoMLMetricEnum``. Unknown values load as ``AutoMLMetricEnum(value)`` with
    ``is_known`` False.

    Added:
        ACCURACY: 'Accuracy' since 2019-12-04
        MSE: 'MSE' since 2019-12-04
        F1: 'F1' since 2019-12-04
        F1MACRO: 'F1macro' since 2019-12-04
        AUC: 'AUC' since 2020-08-14
        RMSE: 'RMSE' since 2022-12-20
        BALANCED_ACCURACY: 'BalancedAccuracy' since 2022-12-20
        R2: 'R2' since 2022-12-20
        RECALL: 'Recall' since 2022-12-20
        RECALL_MACRO: 'RecallMacro' since 2022-12-20
        PRECISION: 'Precision' since 2022-12-20
        PRECISION_MACRO: 'PrecisionMacro' since 2022-12-20
        MAE: 'MAE' since 2022-12-20
        MAPE: 'MAPE' since 2023-06-29
        MASE: 'MASE' since 2023-06-29
        WAPE: 'WAPE' since 2023-06-29
        AVERAGE_WEIGHTED_QUANTILE_LOSS: 'AverageWeightedQuantileLoss' since 2023-06-29
    """

    ACCURACY = "Accuracy"
    MSE = "MSE"
    F1 = "F1"
    F1MACRO = "F1macro"
    AUC = "AUC"
    RMSE = "RMSE"
    BALANCED_ACCURACY = "BalancedAccuracy"
    R2 = "R2"
    RECALL = "Recall"
    RECALL_MACRO = "RecallMacro"
    PRECISION = "Precision"
    PRECISION_MACRO = "PrecisionMacro"
    MAE = "MAE"
    MAPE = "MAPE"
    MASE = "MASE"
    WAPE = "WAPE"
    AVERAGE_WEIGHTED_QUANTILE_LOSS = "AverageWeightedQuantileLoss"

AutoMLMetricEnumLiteral = Literal[
    "Accuracy",
    "MSE",
    "F1",
    "F1macro",
    "AUC",
    "RMSE",
    "BalancedAccuracy",
    "R2",
    "Recall",
    "RecallMacro",
    "Precision",
    "PrecisionMacro",
    "MAE",
    "MAPE",
    "MASE",
    "WAPE",
    "AverageWeightedQuantileLoss",
]

def as_AutoMLMetricEnum(value: AutoMLMetricEnum | AutoMLMetricEnumLiteral) -> AutoMLMetricEnum: ...
def as_AutoMLMetricEnum_opt(value: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None) -> AutoMLMetricEnum | None: ...

class AutoMLMetricExtendedEnum(OpenEnum):
    """Values of ``AutoMLMetricExtendedEnum``. Unknown values load as
    ``AutoMLMetricExtendedEnum(value)`` with ``is_known`` False.

    Added:
        ACCURACY: 'Accuracy' since 2022-05-03
        MSE: 'MSE' since 2022-05-03
        F1: 'F1' since 2022-05-03
        F1MACRO: 'F1macro' since 2022-05-03
        AUC: 'AUC' since 2022-05-03
        RMSE: 'RMSE' since 2022-05-03
        MAE: 'MAE' since 2022-05-03
        R2: 'R2' since 2022-05-03
        BALANCED_ACCURACY: 'BalancedAccuracy' since 2022-05-03
        PRECISION: 'Precision' since 2022-05-03
        PRECISION_MACRO: 'PrecisionMacro' since 2022-05-03
        RECALL: 'Recall' since 2022-05-03
        RECALL_MACRO: 'RecallMacro' since 2022-05-03
        LOG_LOSS: 'LogLoss' since 2022-05-03
        INFERENCE_LATENCY: 'InferenceLatency' since 2022-10-24
        MAPE: 'MAPE' since 2023-06-29
        MASE: 'MASE' since 2023-06-29
        WAPE: 'WAPE' since 2023-06-29
        AVERAGE_WEIGHTED_QUANTILE_LOSS: 'AverageWeightedQuantileLoss' since 2023-06-29
        ROUGE1: 'Rouge1' since 2023-10-26
        ROUGE2: 'Rouge2' since 2023-10-26
        ROUGE_L: 'RougeL' since 2023-10-26
        ROUGE_L_SUM: 'RougeLSum' since 2023-10-26
        PERPLEXITY: 'Perplexity' since 2023-10-26
        VALIDATION_LOSS: 'ValidationLoss' since 2023-10-26
        TRAINING_LOSS: 'TrainingLoss' since 2023-10-26
    """

    ACCURACY = "Accuracy"
    MSE = "MSE"
    F1 = "F1"
    F1MACRO = "F1macro"
    AUC = "AUC"
    RMSE = "RMSE"
    MAE = "MAE"
    R2 = "R2"
    BALANCED_ACCURACY = "BalancedAccuracy"
    PRECISION = "Precision"
    PRECISION_MACRO = "PrecisionMacro"
    RECALL = "Recall"
    RECALL_MACRO = "RecallMacro"
    LOG_LOSS = "LogLoss"
    INFERENCE_LATENCY = "InferenceLatency"
    MAPE = "MAPE"
    MASE = "MASE"
    WAPE = "WAPE"
    AVERAGE_WEIGHTED_QUANTILE_LOSS = "AverageWeightedQuantileLoss"
    ROUGE1 = "Rouge1"
    ROUGE2 = "Rouge2"
    ROUGE_L = "RougeL"
    ROUGE_L_SUM = "RougeLSum"
    PERPLEXITY = "Perplexity"
    VALIDATION_LOSS = "ValidationLoss"
    TRAINING_LOSS = "TrainingLoss"

AutoMLMetricExtendedEnumLiteral = Literal[
    "Accuracy",
    "MSE",
    "F1",
    "F1macro",
    "AUC",
    "RMSE",
    "MAE",
    "R2",
    "BalancedAccuracy",
    "Precision",
    "PrecisionMacro",
    "Recall",
    "RecallMacro",
    "LogLoss",
    "InferenceLatency",
    "MAPE",
    "MASE",
    "WAPE",
    "AverageWeightedQuantileLoss",
    "Rouge1",
    "Rouge2",
    "RougeL",
    "RougeLSum",
    "Perplexity",
    "ValidationLoss",
    "TrainingLoss",
]

def as_AutoMLMetricExtendedEnum(
    value: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral,
) -> AutoMLMetricExtendedEnum: ...
def as_AutoMLMetricExtendedEnum_opt(
    value: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral | None,
) -> AutoMLMetricExtendedEnum | None: ...

class AutoMLMode(OpenEnum):
    """Values of ``AutoMLMode``. Unknown values load as ``AutoMLMode(value)`` with ``is_known`` False.

    Added:
        AUTO: 'AUTO' since 2022-09-08
        ENSEMBLING: 'ENSEMBLING' since 2022-09-08
        HYPERPARAMETER_TUNING: 'HYPERPARAMETER_TUNING' since 2022-09-08
    """

    AUTO = "AUTO"
    ENSEMBLING = "ENSEMBLING"
    HYPERPARAMETER_TUNING = "HYPERPARAMETER_TUNING"

AutoMLModeLiteral = Literal[
    "AUTO",
    "ENSEMBLING",
    "HYPERPARAMETER_TUNING",
]

def as_AutoMLMode(value: AutoMLMode | AutoMLModeLiteral) -> AutoMLMode: ...
def as_AutoMLMode_opt(value: AutoMLMode | AutoMLModeLiteral | None) -> AutoMLMode | None: ...

class AutoMLProblemTypeConfigName(OpenEnum):
    """Values of ``AutoMLProblemTypeConfigName``. Unknown values load as
    ``AutoMLProblemTypeConfigName(value)`` with ``is_known`` False.

    Added:
        IMAGE_CLASSIFICATION: 'ImageClassification' since 2023-06-19
        TEXT_CLASSIFICATION: 'TextClassification' since 2023-06-19
        TIME_SERIES_FORECASTING: 'TimeSeriesForecasting' since 2023-06-29
        TABULAR: 'Tabular' since 2023-06-19
        TEXT_GENERATION: 'TextGeneration' since 2023-10-26
    """

    IMAGE_CLASSIFICATION = "ImageClassification"
    TEXT_CLASSIFICATION = "TextClassification"
    TIME_SERIES_FORECASTING = "TimeSeriesForecasting"
    TABULAR = "Tabular"
    TEXT_GENERATION = "TextGeneration"

AutoMLProblemTypeConfigNameLiteral = Literal[
    "ImageClassification",
    "TextClassification",
    "TimeSeriesForecasting",
    "Tabular",
    "TextGeneration",
]

def as_AutoMLProblemTypeConfigName(
    value: AutoMLProblemTypeConfigName | AutoMLProblemTypeConfigNameLiteral,
) -> AutoMLProblemTypeConfigName: ...
def as_AutoMLProblemTypeConfigName_opt(
    value: AutoMLProblemTypeConfigName | AutoMLProblemTypeConfigNameLiteral | None,
) -> AutoMLProblemTypeConfigName | None: ...

class AutoMLProcessingUnit(OpenEnum):
    """Values of ``AutoMLProcessingUnit``. Unknown values load as ``AutoMLProcessingUnit(value)`` with
    ``is_known`` False.

    Added:
        CPU: 'CPU' since 2023-03-23
        GPU: 'GPU' since 2023-03-23
    """

    CPU = "CPU"
    GPU = "GPU"

AutoMLProcessingUnitLiteral = Literal[
    "CPU",
    "GPU",
]

def as_AutoMLProcessingUnit(value: AutoMLProcessingUnit | AutoMLProcessingUnitLiteral) -> AutoMLProcessingUnit: ...
def as_AutoMLProcessingUnit_opt(
    value: AutoMLProcessingUnit | AutoMLProcessingUnitLiteral | None,
) -> AutoMLProcessingUnit | None: ...

class AutoMLS3DataType(OpenEnum):
    """Values of ``AutoMLS3DataType``. Unknown values load as ``AutoMLS3DataType(value)`` with
    ``is_known`` False.

    Added:
        MANIFEST_FILE: 'ManifestFile' since 2019-12-04
        S3_PREFIX: 'S3Prefix' since 2019-12-04
        AUGMENTED_MANIFEST_FILE: 'AugmentedManifestFile' since 2023-03-23
    """

    MANIFEST_FILE = "ManifestFile"
    S3_PREFIX = "S3Prefix"
    AUGMENTED_MANIFEST_FILE = "AugmentedManifestFile"

AutoMLS3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
]

def as_AutoMLS3DataType(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral) -> AutoMLS3DataType: ...
def as_AutoMLS3DataType_opt(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral | None) -> AutoMLS3DataType | None: ...

class AutoMLSortBy(OpenEnum):
    """Values of ``AutoMLSortBy``. Unknown values load as ``AutoMLSortBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2019-12-04
        CREATION_TIME: 'CreationTime' since 2019-12-04
        STATUS: 'Status' since 2019-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

AutoMLSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_AutoMLSortBy(value: AutoMLSortBy | AutoMLSortByLiteral) -> AutoMLSortBy: ...
def as_AutoMLSortBy_opt(value: AutoMLSortBy | AutoMLSortByLiteral | None) -> AutoMLSortBy | None: ...

class AutoMLSortOrder(OpenEnum):
    """Values of ``AutoMLSortOrder``. Unknown values load as ``AutoMLSortOrder(value)`` with
    ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2019-12-04
        DESCENDING: 'Descending' since 2019-12-04
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

AutoMLSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_AutoMLSortOrder(value: AutoMLSortOrder | AutoMLSortOrderLiteral) -> AutoMLSortOrder: ...
def as_AutoMLSortOrder_opt(value: AutoMLSortOrder | AutoMLSortOrderLiteral | None) -> AutoMLSortOrder | None: ...

class AutoMountHomeEFS(OpenEnum):
    """Values of ``AutoMountHomeEFS``. Unknown values load as ``AutoMountHomeEFS(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2024-09-03
        DISABLED: 'Disabled' since 2024-09-03
        DEFAULT_AS_DOMAIN: 'DefaultAsDomain' since 2024-09-03
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"
    DEFAULT_AS_DOMAIN = "DefaultAsDomain"

AutoMountHomeEFSLiteral = Literal[
    "Enabled",
    "Disabled",
    "DefaultAsDomain",
]

def as_AutoMountHomeEFS(value: AutoMountHomeEFS | AutoMountHomeEFSLiteral) -> AutoMountHomeEFS: ...
def as_AutoMountHomeEFS_opt(value: AutoMountHomeEFS | AutoMountHomeEFSLiteral | None) -> AutoMountHomeEFS | None: ...

class AutotuneMode(OpenEnum):
    """Values of ``AutotuneMode``. Unknown values load as ``AutotuneMode(value)`` with ``is_known``
    False.

    Added:
        ENABLED: 'Enabled' since 2023-05-25
    """

    ENABLED = "Enabled"

AutotuneModeLiteral = Literal["Enabled",]

def as_AutotuneMode(value: AutotuneMode | AutotuneModeLiteral) -> AutotuneMode: ...
def as_AutotuneMode_opt(value: AutotuneMode | AutotuneModeLiteral | None) -> AutotuneMode | None: ...

class AvailabilityZoneBalanceEnforcementMode(OpenEnum):
    """Values of ``AvailabilityZoneBalanceEnforcementMode``. Unknown values load as
    ``AvailabilityZoneBalanceEnforcementMode(value)`` with ``is_known`` False.

    Added:
        PERMISSIVE: 'PERMISSIVE' since 2026-03-30
    """

    PERMISSIVE = "PERMISSIVE"

AvailabilityZoneBalanceEnforcementModeLiteral = Literal["PERMISSIVE",]

def as_AvailabilityZoneBalanceEnforcementMode(
    value: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral,
) -> AvailabilityZoneBalanceEnforcementMode: ...
def as_AvailabilityZoneBalanceEnforcementMode_opt(
    value: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral | None,
) -> AvailabilityZoneBalanceEnforcementMode | None: ...

class AwsManagedHumanLoopRequestSource(OpenEnum):
    """Values of ``AwsManagedHumanLoopRequestSource``. Unknown values load as
    ``AwsManagedHumanLoopRequestSource(value)`` with ``is_known`` False.

    Added:
        AWS_REKOGNITION_DETECT_MODERATION_LABELS_IMAGE_V3:
            'AWS/Rekognition/DetectModerationLabels/Image/V3' since 2020-03-26
        AWS_TEXTRACT_ANALYZE_DOCUMENT_FORMS_V1: 'AWS/Textract/AnalyzeDocument/Forms/V1' since
            2020-03-26
        AWS_TEXTRACT_ANALYZE_EXPENSE: 'AWS/Textract/AnalyzeExpense' since 2023-12-15
        AWS_HANDSHAKE_VERIFY_IDENTITY: 'AWS/Handshake/VerifyIdentity' since 2023-12-15
        AWS_BEDROCK_MODEL_EVALUATION: 'AWS/Bedrock/ModelEvaluation' since 2023-12-15
    """

    AWS_REKOGNITION_DETECT_MODERATION_LABELS_IMAGE_V3 = "AWS/Rekognition/DetectModerationLabels/Image/V3"
    AWS_TEXTRACT_ANALYZE_DOCUMENT_FORMS_V1 = "AWS/Textract/AnalyzeDocument/Forms/V1"
    AWS_TEXTRACT_ANALYZE_EXPENSE = "AWS/Textract/AnalyzeExpense"
    AWS_HANDSHAKE_VERIFY_IDENTITY = "AWS/Handshake/VerifyIdentity"
    AWS_BEDROCK_MODEL_EVALUATION = "AWS/Bedrock/ModelEvaluation"

AwsManagedHumanLoopRequestSourceLiteral = Literal[
    "AWS/Rekognition/DetectModerationLabels/Image/V3",
    "AWS/Textract/AnalyzeDocument/Forms/V1",
    "AWS/Textract/AnalyzeExpense",
    "AWS/Handshake/VerifyIdentity",
    "AWS/Bedrock/ModelEvaluation",
]

def as_AwsManagedHumanLoopRequestSource(
    value: AwsManagedHumanLoopRequestSource | AwsManagedHumanLoopRequestSourceLiteral,
) -> AwsManagedHumanLoopRequestSource: ...
def as_AwsManagedHumanLoopRequestSource_opt(
    value: AwsManagedHumanLoopRequestSource | AwsManagedHumanLoopRequestSourceLiteral | None,
) -> AwsManagedHumanLoopRequestSource | None: ...
