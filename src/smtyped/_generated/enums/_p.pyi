# Generated stub. Do not edit.
# Every enum whose name starts with "P", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class ParameterType(OpenEnum):
    """Values of ``ParameterType``. Unknown values load as ``ParameterType(value)`` with ``is_known``
    False.

    Added:
        INTEGER: 'Integer' since 2018-11-28
        CONTINUOUS: 'Continuous' since 2018-11-28
        CATEGORICAL: 'Categorical' since 2018-11-28
        FREE_TEXT: 'FreeText' since 2018-11-28
    """

    INTEGER = "Integer"
    CONTINUOUS = "Continuous"
    CATEGORICAL = "Categorical"
    FREE_TEXT = "FreeText"

ParameterTypeLiteral = Literal[
    "Integer",
    "Continuous",
    "Categorical",
    "FreeText",
]

def as_ParameterType(value: ParameterType | ParameterTypeLiteral) -> ParameterType: ...
def as_ParameterType_opt(value: ParameterType | ParameterTypeLiteral | None) -> ParameterType | None: ...

class PartnerAppAuthType(OpenEnum):
    """Values of ``PartnerAppAuthType``. Unknown values load as ``PartnerAppAuthType(value)`` with
    ``is_known`` False.

    Added:
        IAM: 'IAM' since 2024-12-04
    """

    IAM = "IAM"

PartnerAppAuthTypeLiteral = Literal["IAM",]

def as_PartnerAppAuthType(value: PartnerAppAuthType | PartnerAppAuthTypeLiteral) -> PartnerAppAuthType: ...
def as_PartnerAppAuthType_opt(
    value: PartnerAppAuthType | PartnerAppAuthTypeLiteral | None,
) -> PartnerAppAuthType | None: ...

class PartnerAppStatus(OpenEnum):
    """Values of ``PartnerAppStatus``. Unknown values load as ``PartnerAppStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2024-12-04
        UPDATING: 'Updating' since 2024-12-04
        DELETING: 'Deleting' since 2024-12-04
        AVAILABLE: 'Available' since 2024-12-04
        FAILED: 'Failed' since 2024-12-04
        UPDATE_FAILED: 'UpdateFailed' since 2024-12-04
        DELETED: 'Deleted' since 2024-12-04
    """

    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    AVAILABLE = "Available"
    FAILED = "Failed"
    UPDATE_FAILED = "UpdateFailed"
    DELETED = "Deleted"

PartnerAppStatusLiteral = Literal[
    "Creating",
    "Updating",
    "Deleting",
    "Available",
    "Failed",
    "UpdateFailed",
    "Deleted",
]

def as_PartnerAppStatus(value: PartnerAppStatus | PartnerAppStatusLiteral) -> PartnerAppStatus: ...
def as_PartnerAppStatus_opt(value: PartnerAppStatus | PartnerAppStatusLiteral | None) -> PartnerAppStatus | None: ...

class PartnerAppType(OpenEnum):
    """Values of ``PartnerAppType``. Unknown values load as ``PartnerAppType(value)`` with ``is_known``
    False.

    Added:
        LAKERA_GUARD: 'lakera-guard' since 2024-12-04
        COMET: 'comet' since 2024-12-04
        DEEPCHECKS_LLM_EVALUATION: 'deepchecks-llm-evaluation' since 2024-12-04
        FIDDLER: 'fiddler' since 2024-12-04
    """

    LAKERA_GUARD = "lakera-guard"
    COMET = "comet"
    DEEPCHECKS_LLM_EVALUATION = "deepchecks-llm-evaluation"
    FIDDLER = "fiddler"

PartnerAppTypeLiteral = Literal[
    "lakera-guard",
    "comet",
    "deepchecks-llm-evaluation",
    "fiddler",
]

def as_PartnerAppType(value: PartnerAppType | PartnerAppTypeLiteral) -> PartnerAppType: ...
def as_PartnerAppType_opt(value: PartnerAppType | PartnerAppTypeLiteral | None) -> PartnerAppType | None: ...

class Peft(OpenEnum):
    """Values of ``Peft``. Unknown values load as ``Peft(value)`` with ``is_known`` False.

    Added:
        LORA: 'LORA' since 2025-12-03
    """

    LORA = "LORA"

PeftLiteral = Literal["LORA",]

def as_Peft(value: Peft | PeftLiteral) -> Peft: ...
def as_Peft_opt(value: Peft | PeftLiteral | None) -> Peft | None: ...

class PipelineExecutionStatus(OpenEnum):
    """Values of ``PipelineExecutionStatus``. Unknown values load as ``PipelineExecutionStatus(value)``
    with ``is_known`` False.

    Added:
        EXECUTING: 'Executing' since 2020-12-01
        STOPPING: 'Stopping' since 2020-12-01
        STOPPED: 'Stopped' since 2020-12-01
        FAILED: 'Failed' since 2020-12-01
        SUCCEEDED: 'Succeeded' since 2020-12-01
    """

    EXECUTING = "Executing"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

PipelineExecutionStatusLiteral = Literal[
    "Executing",
    "Stopping",
    "Stopped",
    "Failed",
    "Succeeded",
]

def as_PipelineExecutionStatus(
    value: PipelineExecutionStatus | PipelineExecutionStatusLiteral,
) -> PipelineExecutionStatus: ...
def as_PipelineExecutionStatus_opt(
    value: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None,
) -> PipelineExecutionStatus | None: ...

class PipelineStatus(OpenEnum):
    """Values of ``PipelineStatus``. Unknown values load as ``PipelineStatus(value)`` with ``is_known``
    False.

    Added:
        ACTIVE: 'Active' since 2020-12-01
        DELETING: 'Deleting' since 2023-12-15
    """

    ACTIVE = "Active"
    DELETING = "Deleting"

PipelineStatusLiteral = Literal[
    "Active",
    "Deleting",
]

def as_PipelineStatus(value: PipelineStatus | PipelineStatusLiteral) -> PipelineStatus: ...
def as_PipelineStatus_opt(value: PipelineStatus | PipelineStatusLiteral | None) -> PipelineStatus | None: ...

class PreemptTeamTasks(OpenEnum):
    """Values of ``PreemptTeamTasks``. Unknown values load as ``PreemptTeamTasks(value)`` with
    ``is_known`` False.

    Added:
        NEVER: 'Never' since 2024-12-04
        LOWER_PRIORITY: 'LowerPriority' since 2024-12-04
    """

    NEVER = "Never"
    LOWER_PRIORITY = "LowerPriority"

PreemptTeamTasksLiteral = Literal[
    "Never",
    "LowerPriority",
]

def as_PreemptTeamTasks(value: PreemptTeamTasks | PreemptTeamTasksLiteral) -> PreemptTeamTasks: ...
def as_PreemptTeamTasks_opt(value: PreemptTeamTasks | PreemptTeamTasksLiteral | None) -> PreemptTeamTasks | None: ...

class ProblemType(OpenEnum):
    """Values of ``ProblemType``. Unknown values load as ``ProblemType(value)`` with ``is_known``
    False.

    Added:
        BINARY_CLASSIFICATION: 'BinaryClassification' since 2019-12-04
        MULTICLASS_CLASSIFICATION: 'MulticlassClassification' since 2019-12-04
        REGRESSION: 'Regression' since 2019-12-04
    """

    BINARY_CLASSIFICATION = "BinaryClassification"
    MULTICLASS_CLASSIFICATION = "MulticlassClassification"
    REGRESSION = "Regression"

ProblemTypeLiteral = Literal[
    "BinaryClassification",
    "MulticlassClassification",
    "Regression",
]

def as_ProblemType(value: ProblemType | ProblemTypeLiteral) -> ProblemType: ...
def as_ProblemType_opt(value: ProblemType | ProblemTypeLiteral | None) -> ProblemType | None: ...

class ProcessingInstanceType(OpenEnum):
    """Values of ``ProcessingInstanceType``. Unknown values load as ``ProcessingInstanceType(value)``
    with ``is_known`` False.

    Added:
        ML_T3_MEDIUM: 'ml.t3.medium' since 2019-12-04
        ML_T3_LARGE: 'ml.t3.large' since 2019-12-04
        ML_T3_XLARGE: 'ml.t3.xlarge' since 2019-12-04
        ML_T3_2XLARGE: 'ml.t3.2xlarge' since 2019-12-04
        ML_M4_XLARGE: 'ml.m4.xlarge' since 2019-12-04
        ML_M4_2XLARGE: 'ml.m4.2xlarge' since 2019-12-04
        ML_M4_4XLARGE: 'ml.m4.4xlarge' since 2019-12-04
        ML_M4_10XLARGE: 'ml.m4.10xlarge' since 2019-12-04
        ML_M4_16XLARGE: 'ml.m4.16xlarge' since 2019-12-04
        ML_C4_XLARGE: 'ml.c4.xlarge' since 2019-12-04
        ML_C4_2XLARGE: 'ml.c4.2xlarge' since 2019-12-04
        ML_C4_4XLARGE: 'ml.c4.4xlarge' since 2019-12-04
        ML_C4_8XLARGE: 'ml.c4.8xlarge' since 2019-12-04
        ML_P2_XLARGE: 'ml.p2.xlarge' since 2019-12-04
        ML_P2_8XLARGE: 'ml.p2.8xlarge' since 2019-12-04
        ML_P2_16XLARGE: 'ml.p2.16xlarge' since 2019-12-04
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2019-12-04
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2019-12-04
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2019-12-04
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2019-12-04
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2019-12-04
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2019-12-04
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2019-12-04
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2019-12-04
        ML_M5_LARGE: 'ml.m5.large' since 2019-12-04
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2019-12-04
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2019-12-04
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2019-12-04
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2019-12-04
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2019-12-04
        ML_R5_LARGE: 'ml.r5.large' since 2019-12-04
        ML_R5_XLARGE: 'ml.r5.xlarge' since 2019-12-04
        ML_R5_2XLARGE: 'ml.r5.2xlarge' since 2019-12-04
        ML_R5_4XLARGE: 'ml.r5.4xlarge' since 2019-12-04
        ML_R5_8XLARGE: 'ml.r5.8xlarge' since 2019-12-04
        ML_R5_12XLARGE: 'ml.r5.12xlarge' since 2019-12-04
        ML_R5_16XLARGE: 'ml.r5.16xlarge' since 2019-12-04
        ML_R5_24XLARGE: 'ml.r5.24xlarge' since 2019-12-04
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2021-06-17
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2021-06-17
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2021-06-17
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2021-06-17
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2021-06-17
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2021-06-17
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2024-07-18
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2024-07-18
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2024-07-18
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2024-07-18
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2024-07-18
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2024-07-18
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2024-07-18
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2024-07-18
        ML_R5D_LARGE: 'ml.r5d.large' since 2024-07-18
        ML_R5D_XLARGE: 'ml.r5d.xlarge' since 2024-07-18
        ML_R5D_2XLARGE: 'ml.r5d.2xlarge' since 2024-07-18
        ML_R5D_4XLARGE: 'ml.r5d.4xlarge' since 2024-07-18
        ML_R5D_8XLARGE: 'ml.r5d.8xlarge' since 2024-07-18
        ML_R5D_12XLARGE: 'ml.r5d.12xlarge' since 2024-07-18
        ML_R5D_16XLARGE: 'ml.r5d.16xlarge' since 2024-07-18
        ML_R5D_24XLARGE: 'ml.r5d.24xlarge' since 2024-07-18
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2025-03-19
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2025-03-19
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2025-03-19
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2025-03-19
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2025-03-19
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2025-03-19
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2025-03-19
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2025-03-19
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2025-03-19
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2025-03-19
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2025-03-19
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2025-03-19
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2025-03-19
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2025-03-19
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2025-03-19
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2025-03-19
        ML_M6I_LARGE: 'ml.m6i.large' since 2025-03-19
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2025-03-19
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2025-03-19
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2025-03-19
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2025-03-19
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2025-03-19
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2025-03-19
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2025-03-19
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2025-03-19
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2025-03-19
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2025-03-19
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2025-03-19
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2025-03-19
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2025-03-19
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2025-03-19
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2025-03-19
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2025-03-19
        ML_M7I_LARGE: 'ml.m7i.large' since 2025-06-16
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2025-06-16
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2025-06-16
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2025-06-16
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2025-06-16
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2025-06-16
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2025-06-16
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2025-06-16
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2025-06-16
        ML_C7I_LARGE: 'ml.c7i.large' since 2025-06-16
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2025-06-16
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2025-06-16
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2025-06-16
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2025-06-16
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2025-06-16
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2025-06-16
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2025-06-16
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2025-06-16
        ML_R7I_LARGE: 'ml.r7i.large' since 2025-06-16
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2025-06-16
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2025-06-16
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2025-06-16
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2025-06-16
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2025-06-16
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2025-06-16
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2025-06-16
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2025-06-16
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2025-08-20
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-02-13
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-02-13
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-02-13
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-02-13
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-02-13
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-02-13
        ML_G7_2XLARGE: 'ml.g7.2xlarge' since 2026-08-06
        ML_G7_4XLARGE: 'ml.g7.4xlarge' since 2026-08-06
        ML_G7_8XLARGE: 'ml.g7.8xlarge' since 2026-08-06
        ML_G7_12XLARGE: 'ml.g7.12xlarge' since 2026-08-06
        ML_G7_24XLARGE: 'ml.g7.24xlarge' since 2026-08-06
        ML_G7_48XLARGE: 'ml.g7.48xlarge' since 2026-08-06
    """

    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_M4_XLARGE = "ml.m4.xlarge"
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    ML_C4_XLARGE = "ml.c4.xlarge"
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    ML_P2_XLARGE = "ml.p2.xlarge"
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_R5_LARGE = "ml.r5.large"
    ML_R5_XLARGE = "ml.r5.xlarge"
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    ML_R5_8XLARGE = "ml.r5.8xlarge"
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_16XLARGE = "ml.r5.16xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"
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
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_R5D_LARGE = "ml.r5d.large"
    ML_R5D_XLARGE = "ml.r5d.xlarge"
    ML_R5D_2XLARGE = "ml.r5d.2xlarge"
    ML_R5D_4XLARGE = "ml.r5d.4xlarge"
    ML_R5D_8XLARGE = "ml.r5d.8xlarge"
    ML_R5D_12XLARGE = "ml.r5d.12xlarge"
    ML_R5D_16XLARGE = "ml.r5d.16xlarge"
    ML_R5D_24XLARGE = "ml.r5d.24xlarge"
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
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_G7_2XLARGE = "ml.g7.2xlarge"
    ML_G7_4XLARGE = "ml.g7.4xlarge"
    ML_G7_8XLARGE = "ml.g7.8xlarge"
    ML_G7_12XLARGE = "ml.g7.12xlarge"
    ML_G7_24XLARGE = "ml.g7.24xlarge"
    ML_G7_48XLARGE = "ml.g7.48xlarge"

ProcessingInstanceTypeLiteral = Literal[
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.8xlarge",
    "ml.r5.12xlarge",
    "ml.r5.16xlarge",
    "ml.r5.24xlarge",
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
    "ml.g5.16xlarge",
    "ml.g5.12xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.r5d.large",
    "ml.r5d.xlarge",
    "ml.r5d.2xlarge",
    "ml.r5d.4xlarge",
    "ml.r5d.8xlarge",
    "ml.r5d.12xlarge",
    "ml.r5d.16xlarge",
    "ml.r5d.24xlarge",
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
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.p5.4xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.g7.2xlarge",
    "ml.g7.4xlarge",
    "ml.g7.8xlarge",
    "ml.g7.12xlarge",
    "ml.g7.24xlarge",
    "ml.g7.48xlarge",
]

def as_ProcessingInstanceType(
    value: ProcessingInstanceType | ProcessingInstanceTypeLiteral,
) -> ProcessingInstanceType: ...
def as_ProcessingInstanceType_opt(
    value: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None,
) -> ProcessingInstanceType | None: ...

class ProcessingJobStatus(OpenEnum):
    """Values of ``ProcessingJobStatus``. Unknown values load as ``ProcessingJobStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2019-12-04
        COMPLETED: 'Completed' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        STOPPING: 'Stopping' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ProcessingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ProcessingJobStatus(value: ProcessingJobStatus | ProcessingJobStatusLiteral) -> ProcessingJobStatus: ...
def as_ProcessingJobStatus_opt(
    value: ProcessingJobStatus | ProcessingJobStatusLiteral | None,
) -> ProcessingJobStatus | None: ...

class ProcessingS3CompressionType(OpenEnum):
    """Values of ``ProcessingS3CompressionType``. Unknown values load as
    ``ProcessingS3CompressionType(value)`` with ``is_known`` False.

    Added:
        NONE: 'None' since 2019-12-04
        GZIP: 'Gzip' since 2019-12-04
    """

    NONE = "None"
    GZIP = "Gzip"

ProcessingS3CompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_ProcessingS3CompressionType(
    value: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral,
) -> ProcessingS3CompressionType: ...
def as_ProcessingS3CompressionType_opt(
    value: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral | None,
) -> ProcessingS3CompressionType | None: ...

class ProcessingS3DataDistributionType(OpenEnum):
    """Values of ``ProcessingS3DataDistributionType``. Unknown values load as
    ``ProcessingS3DataDistributionType(value)`` with ``is_known`` False.

    Added:
        FULLY_REPLICATED: 'FullyReplicated' since 2019-12-04
        SHARDED_BY_S3_KEY: 'ShardedByS3Key' since 2019-12-04
    """

    FULLY_REPLICATED = "FullyReplicated"
    SHARDED_BY_S3_KEY = "ShardedByS3Key"

ProcessingS3DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_ProcessingS3DataDistributionType(
    value: ProcessingS3DataDistributionType | ProcessingS3DataDistributionTypeLiteral,
) -> ProcessingS3DataDistributionType: ...
def as_ProcessingS3DataDistributionType_opt(
    value: ProcessingS3DataDistributionType | ProcessingS3DataDistributionTypeLiteral | None,
) -> ProcessingS3DataDistributionType | None: ...

class ProcessingS3DataType(OpenEnum):
    """Values of ``ProcessingS3DataType``. Unknown values load as ``ProcessingS3DataType(value)`` with
    ``is_known`` False.

    Added:
        MANIFEST_FILE: 'ManifestFile' since 2019-12-04
        S3_PREFIX: 'S3Prefix' since 2019-12-04
    """

    MANIFEST_FILE = "ManifestFile"
    S3_PREFIX = "S3Prefix"

ProcessingS3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
]

def as_ProcessingS3DataType(value: ProcessingS3DataType | ProcessingS3DataTypeLiteral) -> ProcessingS3DataType: ...
def as_ProcessingS3DataType_opt(
    value: ProcessingS3DataType | ProcessingS3DataTypeLiteral | None,
) -> ProcessingS3DataType | None: ...

class ProcessingS3InputMode(OpenEnum):
    """Values of ``ProcessingS3InputMode``. Unknown values load as ``ProcessingS3InputMode(value)``
    with ``is_known`` False.

    Added:
        PIPE: 'Pipe' since 2019-12-04
        FILE: 'File' since 2019-12-04
    """

    PIPE = "Pipe"
    FILE = "File"

ProcessingS3InputModeLiteral = Literal[
    "Pipe",
    "File",
]

def as_ProcessingS3InputMode(value: ProcessingS3InputMode | ProcessingS3InputModeLiteral) -> ProcessingS3InputMode: ...
def as_ProcessingS3InputMode_opt(
    value: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None,
) -> ProcessingS3InputMode | None: ...

class ProcessingS3UploadMode(OpenEnum):
    """Values of ``ProcessingS3UploadMode``. Unknown values load as ``ProcessingS3UploadMode(value)``
    with ``is_known`` False.

    Added:
        CONTINUOUS: 'Continuous' since 2019-12-04
        END_OF_JOB: 'EndOfJob' since 2019-12-04
    """

    CONTINUOUS = "Continuous"
    END_OF_JOB = "EndOfJob"

ProcessingS3UploadModeLiteral = Literal[
    "Continuous",
    "EndOfJob",
]

def as_ProcessingS3UploadMode(
    value: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral,
) -> ProcessingS3UploadMode: ...
def as_ProcessingS3UploadMode_opt(
    value: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral | None,
) -> ProcessingS3UploadMode | None: ...

class Processor(OpenEnum):
    """Values of ``Processor``. Unknown values load as ``Processor(value)`` with ``is_known`` False.

    Added:
        CPU: 'CPU' since 2022-12-19
        GPU: 'GPU' since 2022-12-19
    """

    CPU = "CPU"
    GPU = "GPU"

ProcessorLiteral = Literal[
    "CPU",
    "GPU",
]

def as_Processor(value: Processor | ProcessorLiteral) -> Processor: ...
def as_Processor_opt(value: Processor | ProcessorLiteral | None) -> Processor | None: ...

class ProductionVariantAcceleratorType(OpenEnum):
    """Values of ``ProductionVariantAcceleratorType``. Unknown values load as
    ``ProductionVariantAcceleratorType(value)`` with ``is_known`` False.

    Added:
        ML_EIA1_MEDIUM: 'ml.eia1.medium' since 2018-11-28
        ML_EIA1_LARGE: 'ml.eia1.large' since 2018-11-28
        ML_EIA1_XLARGE: 'ml.eia1.xlarge' since 2018-11-28
        ML_EIA2_MEDIUM: 'ml.eia2.medium' since 2019-10-24
        ML_EIA2_LARGE: 'ml.eia2.large' since 2019-10-24
        ML_EIA2_XLARGE: 'ml.eia2.xlarge' since 2019-10-24
    """

    ML_EIA1_MEDIUM = "ml.eia1.medium"
    ML_EIA1_LARGE = "ml.eia1.large"
    ML_EIA1_XLARGE = "ml.eia1.xlarge"
    ML_EIA2_MEDIUM = "ml.eia2.medium"
    ML_EIA2_LARGE = "ml.eia2.large"
    ML_EIA2_XLARGE = "ml.eia2.xlarge"

ProductionVariantAcceleratorTypeLiteral = Literal[
    "ml.eia1.medium",
    "ml.eia1.large",
    "ml.eia1.xlarge",
    "ml.eia2.medium",
    "ml.eia2.large",
    "ml.eia2.xlarge",
]

def as_ProductionVariantAcceleratorType(
    value: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral,
) -> ProductionVariantAcceleratorType: ...
def as_ProductionVariantAcceleratorType_opt(
    value: ProductionVariantAcceleratorType | ProductionVariantAcceleratorTypeLiteral | None,
) -> ProductionVariantAcceleratorType | None: ...

class ProductionVariantInferenceAmiVersion(OpenEnum):
    """Values of ``ProductionVariantInferenceAmiVersion``. Unknown values load as
    ``ProductionVariantInferenceAmiVersion(value)`` with ``is_known`` False.

    Added:
        AL2_AMI_SAGEMAKER_INFERENCE_GPU_2: 'al2-ami-sagemaker-inference-gpu-2' since 2024-06-07
        AL2_AMI_SAGEMAKER_INFERENCE_GPU_2_1: 'al2-ami-sagemaker-inference-gpu-2-1' since
            2025-02-13
        AL2_AMI_SAGEMAKER_INFERENCE_GPU_3_1: 'al2-ami-sagemaker-inference-gpu-3-1' since
            2025-02-13
        AL2_AMI_SAGEMAKER_INFERENCE_NEURON_2: 'al2-ami-sagemaker-inference-neuron-2' since
            2025-04-18
        AL2023_AMI_SAGEMAKER_INFERENCE_GPU_4_1: 'al2023-ami-sagemaker-inference-gpu-4-1' since
            2026-03-03
    """

    AL2_AMI_SAGEMAKER_INFERENCE_GPU_2 = "al2-ami-sagemaker-inference-gpu-2"
    AL2_AMI_SAGEMAKER_INFERENCE_GPU_2_1 = "al2-ami-sagemaker-inference-gpu-2-1"
    AL2_AMI_SAGEMAKER_INFERENCE_GPU_3_1 = "al2-ami-sagemaker-inference-gpu-3-1"
    AL2_AMI_SAGEMAKER_INFERENCE_NEURON_2 = "al2-ami-sagemaker-inference-neuron-2"
    AL2023_AMI_SAGEMAKER_INFERENCE_GPU_4_1 = "al2023-ami-sagemaker-inference-gpu-4-1"

ProductionVariantInferenceAmiVersionLiteral = Literal[
    "al2-ami-sagemaker-inference-gpu-2",
    "al2-ami-sagemaker-inference-gpu-2-1",
    "al2-ami-sagemaker-inference-gpu-3-1",
    "al2-ami-sagemaker-inference-neuron-2",
    "al2023-ami-sagemaker-inference-gpu-4-1",
]

def as_ProductionVariantInferenceAmiVersion(
    value: ProductionVariantInferenceAmiVersion | ProductionVariantInferenceAmiVersionLiteral,
) -> ProductionVariantInferenceAmiVersion: ...
def as_ProductionVariantInferenceAmiVersion_opt(
    value: ProductionVariantInferenceAmiVersion | ProductionVariantInferenceAmiVersionLiteral | None,
) -> ProductionVariantInferenceAmiVersion | None: ...

class ProductionVariantInstanceType(OpenEnum):
    """Values of ``ProductionVariantInstanceType``. Unknown values load as
    ``ProductionVariantInstanceType(value)`` with ``is_known`` False.

    Added:
        ML_T2_MEDIUM: 'ml.t2.medium' since 2017-11-29
        ML_T2_LARGE: 'ml.t2.large' since 2018-04-04
        ML_T2_XLARGE: 'ml.t2.xlarge' since 2018-04-04
        ML_T2_2XLARGE: 'ml.t2.2xlarge' since 2018-04-04
        ML_M4_XLARGE: 'ml.m4.xlarge' since 2017-11-29
        ML_M4_2XLARGE: 'ml.m4.2xlarge' since 2018-04-04
        ML_M4_4XLARGE: 'ml.m4.4xlarge' since 2018-04-04
        ML_M4_10XLARGE: 'ml.m4.10xlarge' since 2018-04-04
        ML_M4_16XLARGE: 'ml.m4.16xlarge' since 2018-04-04
        ML_M5_LARGE: 'ml.m5.large' since 2018-04-04
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2018-04-04
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2018-04-04
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2018-04-04
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2018-04-04
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2018-04-04
        ML_M5D_LARGE: 'ml.m5d.large' since 2019-10-24
        ML_M5D_XLARGE: 'ml.m5d.xlarge' since 2019-10-24
        ML_M5D_2XLARGE: 'ml.m5d.2xlarge' since 2019-10-24
        ML_M5D_4XLARGE: 'ml.m5d.4xlarge' since 2019-10-24
        ML_M5D_12XLARGE: 'ml.m5d.12xlarge' since 2019-10-24
        ML_M5D_24XLARGE: 'ml.m5d.24xlarge' since 2019-10-24
        ML_C4_LARGE: 'ml.c4.large' since 2018-04-04
        ML_C4_XLARGE: 'ml.c4.xlarge' since 2017-11-29
        ML_C4_2XLARGE: 'ml.c4.2xlarge' since 2017-11-29
        ML_C4_4XLARGE: 'ml.c4.4xlarge' since 2018-04-04
        ML_C4_8XLARGE: 'ml.c4.8xlarge' since 2017-11-29
        ML_P2_XLARGE: 'ml.p2.xlarge' since 2017-11-29
        ML_P2_8XLARGE: 'ml.p2.8xlarge' since 2018-04-04
        ML_P2_16XLARGE: 'ml.p2.16xlarge' since 2018-04-04
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2017-11-29
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2018-04-04
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2018-04-04
        ML_C5_LARGE: 'ml.c5.large' since 2018-04-04
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2017-11-29
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2017-11-29
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2018-04-04
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2017-11-29
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2018-04-04
        ML_C5D_LARGE: 'ml.c5d.large' since 2019-10-24
        ML_C5D_XLARGE: 'ml.c5d.xlarge' since 2019-10-24
        ML_C5D_2XLARGE: 'ml.c5d.2xlarge' since 2019-10-24
        ML_C5D_4XLARGE: 'ml.c5d.4xlarge' since 2019-10-24
        ML_C5D_9XLARGE: 'ml.c5d.9xlarge' since 2019-10-24
        ML_C5D_18XLARGE: 'ml.c5d.18xlarge' since 2019-10-24
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2019-09-25
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2019-09-25
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2019-09-25
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2019-09-25
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2019-09-25
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2019-09-25
        ML_R5_LARGE: 'ml.r5.large' since 2019-09-25
        ML_R5_XLARGE: 'ml.r5.xlarge' since 2019-09-25
        ML_R5_2XLARGE: 'ml.r5.2xlarge' since 2019-09-25
        ML_R5_4XLARGE: 'ml.r5.4xlarge' since 2019-09-25
        ML_R5_12XLARGE: 'ml.r5.12xlarge' since 2019-09-25
        ML_R5_24XLARGE: 'ml.r5.24xlarge' since 2019-09-25
        ML_R5D_LARGE: 'ml.r5d.large' since 2019-10-24
        ML_R5D_XLARGE: 'ml.r5d.xlarge' since 2019-10-24
        ML_R5D_2XLARGE: 'ml.r5d.2xlarge' since 2019-10-24
        ML_R5D_4XLARGE: 'ml.r5d.4xlarge' since 2019-10-24
        ML_R5D_12XLARGE: 'ml.r5d.12xlarge' since 2019-10-24
        ML_R5D_24XLARGE: 'ml.r5d.24xlarge' since 2019-10-24
        ML_INF1_XLARGE: 'ml.inf1.xlarge' since 2019-12-04
        ML_INF1_2XLARGE: 'ml.inf1.2xlarge' since 2019-12-04
        ML_INF1_6XLARGE: 'ml.inf1.6xlarge' since 2019-12-04
        ML_INF1_24XLARGE: 'ml.inf1.24xlarge' since 2019-12-04
        ML_DL1_24XLARGE: 'ml.dl1.24xlarge' since 2023-12-15
        ML_C6I_LARGE: 'ml.c6i.large' since 2022-07-14
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2022-07-14
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2022-07-14
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2022-07-14
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2022-07-14
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2022-07-14
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2022-07-14
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2022-07-14
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2022-07-14
        ML_M6I_LARGE: 'ml.m6i.large' since 2024-03-15
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2024-03-15
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2024-03-15
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2024-03-15
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2024-03-15
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2024-03-15
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2024-03-15
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2024-03-15
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2024-03-15
        ML_R6I_LARGE: 'ml.r6i.large' since 2024-03-15
        ML_R6I_XLARGE: 'ml.r6i.xlarge' since 2024-03-15
        ML_R6I_2XLARGE: 'ml.r6i.2xlarge' since 2024-03-15
        ML_R6I_4XLARGE: 'ml.r6i.4xlarge' since 2024-03-15
        ML_R6I_8XLARGE: 'ml.r6i.8xlarge' since 2024-03-15
        ML_R6I_12XLARGE: 'ml.r6i.12xlarge' since 2024-03-15
        ML_R6I_16XLARGE: 'ml.r6i.16xlarge' since 2024-03-15
        ML_R6I_24XLARGE: 'ml.r6i.24xlarge' since 2024-03-15
        ML_R6I_32XLARGE: 'ml.r6i.32xlarge' since 2024-03-15
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2022-07-14
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2022-07-14
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2022-07-14
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2022-07-14
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2022-07-14
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2022-07-14
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2022-07-14
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2022-07-14
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-04-30
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-04-30
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-04-30
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-04-30
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-04-30
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-04-30
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-04-30
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-04-30
        ML_R8G_MEDIUM: 'ml.r8g.medium' since 2025-02-19
        ML_R8G_LARGE: 'ml.r8g.large' since 2025-02-19
        ML_R8G_XLARGE: 'ml.r8g.xlarge' since 2025-02-19
        ML_R8G_2XLARGE: 'ml.r8g.2xlarge' since 2025-02-19
        ML_R8G_4XLARGE: 'ml.r8g.4xlarge' since 2025-02-19
        ML_R8G_8XLARGE: 'ml.r8g.8xlarge' since 2025-02-19
        ML_R8G_12XLARGE: 'ml.r8g.12xlarge' since 2025-02-19
        ML_R8G_16XLARGE: 'ml.r8g.16xlarge' since 2025-02-19
        ML_R8G_24XLARGE: 'ml.r8g.24xlarge' since 2025-02-19
        ML_R8G_48XLARGE: 'ml.r8g.48xlarge' since 2025-02-19
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2024-11-22
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2024-11-22
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2024-11-22
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2024-11-22
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2024-11-22
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2024-11-22
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2024-11-22
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2024-11-22
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-03-03
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-03-03
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-03-03
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-03-03
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-03-03
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-03-03
        ML_G7_2XLARGE: 'ml.g7.2xlarge' since 2026-07-16
        ML_G7_4XLARGE: 'ml.g7.4xlarge' since 2026-07-16
        ML_G7_8XLARGE: 'ml.g7.8xlarge' since 2026-07-16
        ML_G7_12XLARGE: 'ml.g7.12xlarge' since 2026-07-16
        ML_G7_24XLARGE: 'ml.g7.24xlarge' since 2026-07-16
        ML_G7_48XLARGE: 'ml.g7.48xlarge' since 2026-07-16
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2022-07-14
        ML_C7G_LARGE: 'ml.c7g.large' since 2022-10-17
        ML_C7G_XLARGE: 'ml.c7g.xlarge' since 2022-10-17
        ML_C7G_2XLARGE: 'ml.c7g.2xlarge' since 2022-10-17
        ML_C7G_4XLARGE: 'ml.c7g.4xlarge' since 2022-10-17
        ML_C7G_8XLARGE: 'ml.c7g.8xlarge' since 2022-10-17
        ML_C7G_12XLARGE: 'ml.c7g.12xlarge' since 2022-10-17
        ML_C7G_16XLARGE: 'ml.c7g.16xlarge' since 2022-10-17
        ML_M6G_LARGE: 'ml.m6g.large' since 2022-10-17
        ML_M6G_XLARGE: 'ml.m6g.xlarge' since 2022-10-17
        ML_M6G_2XLARGE: 'ml.m6g.2xlarge' since 2022-10-17
        ML_M6G_4XLARGE: 'ml.m6g.4xlarge' since 2022-10-17
        ML_M6G_8XLARGE: 'ml.m6g.8xlarge' since 2022-10-17
        ML_M6G_12XLARGE: 'ml.m6g.12xlarge' since 2022-10-17
        ML_M6G_16XLARGE: 'ml.m6g.16xlarge' since 2022-10-17
        ML_M6GD_LARGE: 'ml.m6gd.large' since 2022-10-17
        ML_M6GD_XLARGE: 'ml.m6gd.xlarge' since 2022-10-17
        ML_M6GD_2XLARGE: 'ml.m6gd.2xlarge' since 2022-10-17
        ML_M6GD_4XLARGE: 'ml.m6gd.4xlarge' since 2022-10-17
        ML_M6GD_8XLARGE: 'ml.m6gd.8xlarge' since 2022-10-17
        ML_M6GD_12XLARGE: 'ml.m6gd.12xlarge' since 2022-10-17
        ML_M6GD_16XLARGE: 'ml.m6gd.16xlarge' since 2022-10-17
        ML_C6G_LARGE: 'ml.c6g.large' since 2022-10-17
        ML_C6G_XLARGE: 'ml.c6g.xlarge' since 2022-10-17
        ML_C6G_2XLARGE: 'ml.c6g.2xlarge' since 2022-10-17
        ML_C6G_4XLARGE: 'ml.c6g.4xlarge' since 2022-10-17
        ML_C6G_8XLARGE: 'ml.c6g.8xlarge' since 2022-10-17
        ML_C6G_12XLARGE: 'ml.c6g.12xlarge' since 2022-10-17
        ML_C6G_16XLARGE: 'ml.c6g.16xlarge' since 2022-10-17
        ML_C6GD_LARGE: 'ml.c6gd.large' since 2022-10-17
        ML_C6GD_XLARGE: 'ml.c6gd.xlarge' since 2022-10-17
        ML_C6GD_2XLARGE: 'ml.c6gd.2xlarge' since 2022-10-17
        ML_C6GD_4XLARGE: 'ml.c6gd.4xlarge' since 2022-10-17
        ML_C6GD_8XLARGE: 'ml.c6gd.8xlarge' since 2022-10-17
        ML_C6GD_12XLARGE: 'ml.c6gd.12xlarge' since 2022-10-17
        ML_C6GD_16XLARGE: 'ml.c6gd.16xlarge' since 2022-10-17
        ML_C6GN_LARGE: 'ml.c6gn.large' since 2022-10-17
        ML_C6GN_XLARGE: 'ml.c6gn.xlarge' since 2022-10-17
        ML_C6GN_2XLARGE: 'ml.c6gn.2xlarge' since 2022-10-17
        ML_C6GN_4XLARGE: 'ml.c6gn.4xlarge' since 2022-10-17
        ML_C6GN_8XLARGE: 'ml.c6gn.8xlarge' since 2022-10-17
        ML_C6GN_12XLARGE: 'ml.c6gn.12xlarge' since 2022-10-17
        ML_C6GN_16XLARGE: 'ml.c6gn.16xlarge' since 2022-10-17
        ML_R6G_LARGE: 'ml.r6g.large' since 2022-10-17
        ML_R6G_XLARGE: 'ml.r6g.xlarge' since 2022-10-17
        ML_R6G_2XLARGE: 'ml.r6g.2xlarge' since 2022-10-17
        ML_R6G_4XLARGE: 'ml.r6g.4xlarge' since 2022-10-17
        ML_R6G_8XLARGE: 'ml.r6g.8xlarge' since 2022-10-17
        ML_R6G_12XLARGE: 'ml.r6g.12xlarge' since 2022-10-17
        ML_R6G_16XLARGE: 'ml.r6g.16xlarge' since 2022-10-17
        ML_R6GD_LARGE: 'ml.r6gd.large' since 2022-10-17
        ML_R6GD_XLARGE: 'ml.r6gd.xlarge' since 2022-10-17
        ML_R6GD_2XLARGE: 'ml.r6gd.2xlarge' since 2022-10-17
        ML_R6GD_4XLARGE: 'ml.r6gd.4xlarge' since 2022-10-17
        ML_R6GD_8XLARGE: 'ml.r6gd.8xlarge' since 2022-10-17
        ML_R6GD_12XLARGE: 'ml.r6gd.12xlarge' since 2022-10-17
        ML_R6GD_16XLARGE: 'ml.r6gd.16xlarge' since 2022-10-17
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2023-01-23
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2023-05-04
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2023-05-04
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2023-12-15
        ML_TRN2_48XLARGE: 'ml.trn2.48xlarge' since 2024-11-22
        ML_INF2_XLARGE: 'ml.inf2.xlarge' since 2023-05-04
        ML_INF2_8XLARGE: 'ml.inf2.8xlarge' since 2023-05-04
        ML_INF2_24XLARGE: 'ml.inf2.24xlarge' since 2023-05-04
        ML_INF2_48XLARGE: 'ml.inf2.48xlarge' since 2023-05-04
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2023-10-03
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2024-11-22
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2025-01-31
        ML_M7I_LARGE: 'ml.m7i.large' since 2023-12-15
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2023-12-15
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2023-12-15
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2023-12-15
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2023-12-15
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2023-12-15
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2023-12-15
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2023-12-15
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2023-12-15
        ML_C7I_LARGE: 'ml.c7i.large' since 2023-12-15
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2023-12-15
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2023-12-15
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2023-12-15
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2023-12-15
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2023-12-15
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2023-12-15
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2023-12-15
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2023-12-15
        ML_R7I_LARGE: 'ml.r7i.large' since 2023-12-15
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2023-12-15
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2023-12-15
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2023-12-15
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2023-12-15
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2023-12-15
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2023-12-15
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2023-12-15
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2023-12-15
        ML_C8G_MEDIUM: 'ml.c8g.medium' since 2025-06-16
        ML_C8G_LARGE: 'ml.c8g.large' since 2025-06-16
        ML_C8G_XLARGE: 'ml.c8g.xlarge' since 2025-06-16
        ML_C8G_2XLARGE: 'ml.c8g.2xlarge' since 2025-06-16
        ML_C8G_4XLARGE: 'ml.c8g.4xlarge' since 2025-06-16
        ML_C8G_8XLARGE: 'ml.c8g.8xlarge' since 2025-06-16
        ML_C8G_12XLARGE: 'ml.c8g.12xlarge' since 2025-06-16
        ML_C8G_16XLARGE: 'ml.c8g.16xlarge' since 2025-06-16
        ML_C8G_24XLARGE: 'ml.c8g.24xlarge' since 2025-06-16
        ML_C8G_48XLARGE: 'ml.c8g.48xlarge' since 2025-06-16
        ML_R7GD_MEDIUM: 'ml.r7gd.medium' since 2025-06-16
        ML_R7GD_LARGE: 'ml.r7gd.large' since 2025-06-16
        ML_R7GD_XLARGE: 'ml.r7gd.xlarge' since 2025-06-16
        ML_R7GD_2XLARGE: 'ml.r7gd.2xlarge' since 2025-06-16
        ML_R7GD_4XLARGE: 'ml.r7gd.4xlarge' since 2025-06-16
        ML_R7GD_8XLARGE: 'ml.r7gd.8xlarge' since 2025-06-16
        ML_R7GD_12XLARGE: 'ml.r7gd.12xlarge' since 2025-06-16
        ML_R7GD_16XLARGE: 'ml.r7gd.16xlarge' since 2025-06-16
        ML_M8G_MEDIUM: 'ml.m8g.medium' since 2025-06-16
        ML_M8G_LARGE: 'ml.m8g.large' since 2025-06-16
        ML_M8G_XLARGE: 'ml.m8g.xlarge' since 2025-06-16
        ML_M8G_2XLARGE: 'ml.m8g.2xlarge' since 2025-06-16
        ML_M8G_4XLARGE: 'ml.m8g.4xlarge' since 2025-06-16
        ML_M8G_8XLARGE: 'ml.m8g.8xlarge' since 2025-06-16
        ML_M8G_12XLARGE: 'ml.m8g.12xlarge' since 2025-06-16
        ML_M8G_16XLARGE: 'ml.m8g.16xlarge' since 2025-06-16
        ML_M8G_24XLARGE: 'ml.m8g.24xlarge' since 2025-06-16
        ML_M8G_48XLARGE: 'ml.m8g.48xlarge' since 2025-06-16
        ML_C6IN_LARGE: 'ml.c6in.large' since 2025-06-16
        ML_C6IN_XLARGE: 'ml.c6in.xlarge' since 2025-06-16
        ML_C6IN_2XLARGE: 'ml.c6in.2xlarge' since 2025-06-16
        ML_C6IN_4XLARGE: 'ml.c6in.4xlarge' since 2025-06-16
        ML_C6IN_8XLARGE: 'ml.c6in.8xlarge' since 2025-06-16
        ML_C6IN_12XLARGE: 'ml.c6in.12xlarge' since 2025-06-16
        ML_C6IN_16XLARGE: 'ml.c6in.16xlarge' since 2025-06-16
        ML_C6IN_24XLARGE: 'ml.c6in.24xlarge' since 2025-06-16
        ML_C6IN_32XLARGE: 'ml.c6in.32xlarge' since 2025-06-16
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-06-16
        ML_P6_B300_48XLARGE: 'ml.p6-b300.48xlarge' since 2026-03-03
        ML_P6E_GB200_36XLARGE: 'ml.p6e-gb200.36xlarge' since 2025-06-16
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2025-09-05
    """

    ML_T2_MEDIUM = "ml.t2.medium"
    ML_T2_LARGE = "ml.t2.large"
    ML_T2_XLARGE = "ml.t2.xlarge"
    ML_T2_2XLARGE = "ml.t2.2xlarge"
    ML_M4_XLARGE = "ml.m4.xlarge"
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_M5D_LARGE = "ml.m5d.large"
    ML_M5D_XLARGE = "ml.m5d.xlarge"
    ML_M5D_2XLARGE = "ml.m5d.2xlarge"
    ML_M5D_4XLARGE = "ml.m5d.4xlarge"
    ML_M5D_12XLARGE = "ml.m5d.12xlarge"
    ML_M5D_24XLARGE = "ml.m5d.24xlarge"
    ML_C4_LARGE = "ml.c4.large"
    ML_C4_XLARGE = "ml.c4.xlarge"
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    ML_P2_XLARGE = "ml.p2.xlarge"
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_C5_LARGE = "ml.c5.large"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5D_LARGE = "ml.c5d.large"
    ML_C5D_XLARGE = "ml.c5d.xlarge"
    ML_C5D_2XLARGE = "ml.c5d.2xlarge"
    ML_C5D_4XLARGE = "ml.c5d.4xlarge"
    ML_C5D_9XLARGE = "ml.c5d.9xlarge"
    ML_C5D_18XLARGE = "ml.c5d.18xlarge"
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
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"
    ML_R5D_LARGE = "ml.r5d.large"
    ML_R5D_XLARGE = "ml.r5d.xlarge"
    ML_R5D_2XLARGE = "ml.r5d.2xlarge"
    ML_R5D_4XLARGE = "ml.r5d.4xlarge"
    ML_R5D_12XLARGE = "ml.r5d.12xlarge"
    ML_R5D_24XLARGE = "ml.r5d.24xlarge"
    ML_INF1_XLARGE = "ml.inf1.xlarge"
    ML_INF1_2XLARGE = "ml.inf1.2xlarge"
    ML_INF1_6XLARGE = "ml.inf1.6xlarge"
    ML_INF1_24XLARGE = "ml.inf1.24xlarge"
    ML_DL1_24XLARGE = "ml.dl1.24xlarge"
    ML_C6I_LARGE = "ml.c6i.large"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_R6I_LARGE = "ml.r6i.large"
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
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
    ML_R8G_MEDIUM = "ml.r8g.medium"
    ML_R8G_LARGE = "ml.r8g.large"
    ML_R8G_XLARGE = "ml.r8g.xlarge"
    ML_R8G_2XLARGE = "ml.r8g.2xlarge"
    ML_R8G_4XLARGE = "ml.r8g.4xlarge"
    ML_R8G_8XLARGE = "ml.r8g.8xlarge"
    ML_R8G_12XLARGE = "ml.r8g.12xlarge"
    ML_R8G_16XLARGE = "ml.r8g.16xlarge"
    ML_R8G_24XLARGE = "ml.r8g.24xlarge"
    ML_R8G_48XLARGE = "ml.r8g.48xlarge"
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
    ML_G7_2XLARGE = "ml.g7.2xlarge"
    ML_G7_4XLARGE = "ml.g7.4xlarge"
    ML_G7_8XLARGE = "ml.g7.8xlarge"
    ML_G7_12XLARGE = "ml.g7.12xlarge"
    ML_G7_24XLARGE = "ml.g7.24xlarge"
    ML_G7_48XLARGE = "ml.g7.48xlarge"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_C7G_LARGE = "ml.c7g.large"
    ML_C7G_XLARGE = "ml.c7g.xlarge"
    ML_C7G_2XLARGE = "ml.c7g.2xlarge"
    ML_C7G_4XLARGE = "ml.c7g.4xlarge"
    ML_C7G_8XLARGE = "ml.c7g.8xlarge"
    ML_C7G_12XLARGE = "ml.c7g.12xlarge"
    ML_C7G_16XLARGE = "ml.c7g.16xlarge"
    ML_M6G_LARGE = "ml.m6g.large"
    ML_M6G_XLARGE = "ml.m6g.xlarge"
    ML_M6G_2XLARGE = "ml.m6g.2xlarge"
    ML_M6G_4XLARGE = "ml.m6g.4xlarge"
    ML_M6G_8XLARGE = "ml.m6g.8xlarge"
    ML_M6G_12XLARGE = "ml.m6g.12xlarge"
    ML_M6G_16XLARGE = "ml.m6g.16xlarge"
    ML_M6GD_LARGE = "ml.m6gd.large"
    ML_M6GD_XLARGE = "ml.m6gd.xlarge"
    ML_M6GD_2XLARGE = "ml.m6gd.2xlarge"
    ML_M6GD_4XLARGE = "ml.m6gd.4xlarge"
    ML_M6GD_8XLARGE = "ml.m6gd.8xlarge"
    ML_M6GD_12XLARGE = "ml.m6gd.12xlarge"
    ML_M6GD_16XLARGE = "ml.m6gd.16xlarge"
    ML_C6G_LARGE = "ml.c6g.large"
    ML_C6G_XLARGE = "ml.c6g.xlarge"
    ML_C6G_2XLARGE = "ml.c6g.2xlarge"
    ML_C6G_4XLARGE = "ml.c6g.4xlarge"
    ML_C6G_8XLARGE = "ml.c6g.8xlarge"
    ML_C6G_12XLARGE = "ml.c6g.12xlarge"
    ML_C6G_16XLARGE = "ml.c6g.16xlarge"
    ML_C6GD_LARGE = "ml.c6gd.large"
    ML_C6GD_XLARGE = "ml.c6gd.xlarge"
    ML_C6GD_2XLARGE = "ml.c6gd.2xlarge"
    ML_C6GD_4XLARGE = "ml.c6gd.4xlarge"
    ML_C6GD_8XLARGE = "ml.c6gd.8xlarge"
    ML_C6GD_12XLARGE = "ml.c6gd.12xlarge"
    ML_C6GD_16XLARGE = "ml.c6gd.16xlarge"
    ML_C6GN_LARGE = "ml.c6gn.large"
    ML_C6GN_XLARGE = "ml.c6gn.xlarge"
    ML_C6GN_2XLARGE = "ml.c6gn.2xlarge"
    ML_C6GN_4XLARGE = "ml.c6gn.4xlarge"
    ML_C6GN_8XLARGE = "ml.c6gn.8xlarge"
    ML_C6GN_12XLARGE = "ml.c6gn.12xlarge"
    ML_C6GN_16XLARGE = "ml.c6gn.16xlarge"
    ML_R6G_LARGE = "ml.r6g.large"
    ML_R6G_XLARGE = "ml.r6g.xlarge"
    ML_R6G_2XLARGE = "ml.r6g.2xlarge"
    ML_R6G_4XLARGE = "ml.r6g.4xlarge"
    ML_R6G_8XLARGE = "ml.r6g.8xlarge"
    ML_R6G_12XLARGE = "ml.r6g.12xlarge"
    ML_R6G_16XLARGE = "ml.r6g.16xlarge"
    ML_R6GD_LARGE = "ml.r6gd.large"
    ML_R6GD_XLARGE = "ml.r6gd.xlarge"
    ML_R6GD_2XLARGE = "ml.r6gd.2xlarge"
    ML_R6GD_4XLARGE = "ml.r6gd.4xlarge"
    ML_R6GD_8XLARGE = "ml.r6gd.8xlarge"
    ML_R6GD_12XLARGE = "ml.r6gd.12xlarge"
    ML_R6GD_16XLARGE = "ml.r6gd.16xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    ML_INF2_XLARGE = "ml.inf2.xlarge"
    ML_INF2_8XLARGE = "ml.inf2.8xlarge"
    ML_INF2_24XLARGE = "ml.inf2.24xlarge"
    ML_INF2_48XLARGE = "ml.inf2.48xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_C8G_MEDIUM = "ml.c8g.medium"
    ML_C8G_LARGE = "ml.c8g.large"
    ML_C8G_XLARGE = "ml.c8g.xlarge"
    ML_C8G_2XLARGE = "ml.c8g.2xlarge"
    ML_C8G_4XLARGE = "ml.c8g.4xlarge"
    ML_C8G_8XLARGE = "ml.c8g.8xlarge"
    ML_C8G_12XLARGE = "ml.c8g.12xlarge"
    ML_C8G_16XLARGE = "ml.c8g.16xlarge"
    ML_C8G_24XLARGE = "ml.c8g.24xlarge"
    ML_C8G_48XLARGE = "ml.c8g.48xlarge"
    ML_R7GD_MEDIUM = "ml.r7gd.medium"
    ML_R7GD_LARGE = "ml.r7gd.large"
    ML_R7GD_XLARGE = "ml.r7gd.xlarge"
    ML_R7GD_2XLARGE = "ml.r7gd.2xlarge"
    ML_R7GD_4XLARGE = "ml.r7gd.4xlarge"
    ML_R7GD_8XLARGE = "ml.r7gd.8xlarge"
    ML_R7GD_12XLARGE = "ml.r7gd.12xlarge"
    ML_R7GD_16XLARGE = "ml.r7gd.16xlarge"
    ML_M8G_MEDIUM = "ml.m8g.medium"
    ML_M8G_LARGE = "ml.m8g.large"
    ML_M8G_XLARGE = "ml.m8g.xlarge"
    ML_M8G_2XLARGE = "ml.m8g.2xlarge"
    ML_M8G_4XLARGE = "ml.m8g.4xlarge"
    ML_M8G_8XLARGE = "ml.m8g.8xlarge"
    ML_M8G_12XLARGE = "ml.m8g.12xlarge"
    ML_M8G_16XLARGE = "ml.m8g.16xlarge"
    ML_M8G_24XLARGE = "ml.m8g.24xlarge"
    ML_M8G_48XLARGE = "ml.m8g.48xlarge"
    ML_C6IN_LARGE = "ml.c6in.large"
    ML_C6IN_XLARGE = "ml.c6in.xlarge"
    ML_C6IN_2XLARGE = "ml.c6in.2xlarge"
    ML_C6IN_4XLARGE = "ml.c6in.4xlarge"
    ML_C6IN_8XLARGE = "ml.c6in.8xlarge"
    ML_C6IN_12XLARGE = "ml.c6in.12xlarge"
    ML_C6IN_16XLARGE = "ml.c6in.16xlarge"
    ML_C6IN_24XLARGE = "ml.c6in.24xlarge"
    ML_C6IN_32XLARGE = "ml.c6in.32xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"

ProductionVariantInstanceTypeLiteral = Literal[
    "ml.t2.medium",
    "ml.t2.large",
    "ml.t2.xlarge",
    "ml.t2.2xlarge",
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.m5d.large",
    "ml.m5d.xlarge",
    "ml.m5d.2xlarge",
    "ml.m5d.4xlarge",
    "ml.m5d.12xlarge",
    "ml.m5d.24xlarge",
    "ml.c4.large",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.c5d.large",
    "ml.c5d.xlarge",
    "ml.c5d.2xlarge",
    "ml.c5d.4xlarge",
    "ml.c5d.9xlarge",
    "ml.c5d.18xlarge",
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
    "ml.r5.12xlarge",
    "ml.r5.24xlarge",
    "ml.r5d.large",
    "ml.r5d.xlarge",
    "ml.r5d.2xlarge",
    "ml.r5d.4xlarge",
    "ml.r5d.12xlarge",
    "ml.r5d.24xlarge",
    "ml.inf1.xlarge",
    "ml.inf1.2xlarge",
    "ml.inf1.6xlarge",
    "ml.inf1.24xlarge",
    "ml.dl1.24xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
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
    "ml.r8g.medium",
    "ml.r8g.large",
    "ml.r8g.xlarge",
    "ml.r8g.2xlarge",
    "ml.r8g.4xlarge",
    "ml.r8g.8xlarge",
    "ml.r8g.12xlarge",
    "ml.r8g.16xlarge",
    "ml.r8g.24xlarge",
    "ml.r8g.48xlarge",
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
    "ml.g7.2xlarge",
    "ml.g7.4xlarge",
    "ml.g7.8xlarge",
    "ml.g7.12xlarge",
    "ml.g7.24xlarge",
    "ml.g7.48xlarge",
    "ml.p4d.24xlarge",
    "ml.c7g.large",
    "ml.c7g.xlarge",
    "ml.c7g.2xlarge",
    "ml.c7g.4xlarge",
    "ml.c7g.8xlarge",
    "ml.c7g.12xlarge",
    "ml.c7g.16xlarge",
    "ml.m6g.large",
    "ml.m6g.xlarge",
    "ml.m6g.2xlarge",
    "ml.m6g.4xlarge",
    "ml.m6g.8xlarge",
    "ml.m6g.12xlarge",
    "ml.m6g.16xlarge",
    "ml.m6gd.large",
    "ml.m6gd.xlarge",
    "ml.m6gd.2xlarge",
    "ml.m6gd.4xlarge",
    "ml.m6gd.8xlarge",
    "ml.m6gd.12xlarge",
    "ml.m6gd.16xlarge",
    "ml.c6g.large",
    "ml.c6g.xlarge",
    "ml.c6g.2xlarge",
    "ml.c6g.4xlarge",
    "ml.c6g.8xlarge",
    "ml.c6g.12xlarge",
    "ml.c6g.16xlarge",
    "ml.c6gd.large",
    "ml.c6gd.xlarge",
    "ml.c6gd.2xlarge",
    "ml.c6gd.4xlarge",
    "ml.c6gd.8xlarge",
    "ml.c6gd.12xlarge",
    "ml.c6gd.16xlarge",
    "ml.c6gn.large",
    "ml.c6gn.xlarge",
    "ml.c6gn.2xlarge",
    "ml.c6gn.4xlarge",
    "ml.c6gn.8xlarge",
    "ml.c6gn.12xlarge",
    "ml.c6gn.16xlarge",
    "ml.r6g.large",
    "ml.r6g.xlarge",
    "ml.r6g.2xlarge",
    "ml.r6g.4xlarge",
    "ml.r6g.8xlarge",
    "ml.r6g.12xlarge",
    "ml.r6g.16xlarge",
    "ml.r6gd.large",
    "ml.r6gd.xlarge",
    "ml.r6gd.2xlarge",
    "ml.r6gd.4xlarge",
    "ml.r6gd.8xlarge",
    "ml.r6gd.12xlarge",
    "ml.r6gd.16xlarge",
    "ml.p4de.24xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.trn2.48xlarge",
    "ml.inf2.xlarge",
    "ml.inf2.8xlarge",
    "ml.inf2.24xlarge",
    "ml.inf2.48xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.c8g.medium",
    "ml.c8g.large",
    "ml.c8g.xlarge",
    "ml.c8g.2xlarge",
    "ml.c8g.4xlarge",
    "ml.c8g.8xlarge",
    "ml.c8g.12xlarge",
    "ml.c8g.16xlarge",
    "ml.c8g.24xlarge",
    "ml.c8g.48xlarge",
    "ml.r7gd.medium",
    "ml.r7gd.large",
    "ml.r7gd.xlarge",
    "ml.r7gd.2xlarge",
    "ml.r7gd.4xlarge",
    "ml.r7gd.8xlarge",
    "ml.r7gd.12xlarge",
    "ml.r7gd.16xlarge",
    "ml.m8g.medium",
    "ml.m8g.large",
    "ml.m8g.xlarge",
    "ml.m8g.2xlarge",
    "ml.m8g.4xlarge",
    "ml.m8g.8xlarge",
    "ml.m8g.12xlarge",
    "ml.m8g.16xlarge",
    "ml.m8g.24xlarge",
    "ml.m8g.48xlarge",
    "ml.c6in.large",
    "ml.c6in.xlarge",
    "ml.c6in.2xlarge",
    "ml.c6in.4xlarge",
    "ml.c6in.8xlarge",
    "ml.c6in.12xlarge",
    "ml.c6in.16xlarge",
    "ml.c6in.24xlarge",
    "ml.c6in.32xlarge",
    "ml.p6-b200.48xlarge",
    "ml.p6-b300.48xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.p5.4xlarge",
]

def as_ProductionVariantInstanceType(
    value: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral,
) -> ProductionVariantInstanceType: ...
def as_ProductionVariantInstanceType_opt(
    value: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None,
) -> ProductionVariantInstanceType | None: ...

class ProfilingStatus(OpenEnum):
    """Values of ``ProfilingStatus``. Unknown values load as ``ProfilingStatus(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2020-12-08
        DISABLED: 'Disabled' since 2020-12-08
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

ProfilingStatusLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ProfilingStatus(value: ProfilingStatus | ProfilingStatusLiteral) -> ProfilingStatus: ...
def as_ProfilingStatus_opt(value: ProfilingStatus | ProfilingStatusLiteral | None) -> ProfilingStatus | None: ...

class ProjectSortBy(OpenEnum):
    """Values of ``ProjectSortBy``. Unknown values load as ``ProjectSortBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ProjectSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ProjectSortBy(value: ProjectSortBy | ProjectSortByLiteral) -> ProjectSortBy: ...
def as_ProjectSortBy_opt(value: ProjectSortBy | ProjectSortByLiteral | None) -> ProjectSortBy | None: ...

class ProjectSortOrder(OpenEnum):
    """Values of ``ProjectSortOrder``. Unknown values load as ``ProjectSortOrder(value)`` with
    ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2020-12-01
        DESCENDING: 'Descending' since 2020-12-01
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ProjectSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ProjectSortOrder(value: ProjectSortOrder | ProjectSortOrderLiteral) -> ProjectSortOrder: ...
def as_ProjectSortOrder_opt(value: ProjectSortOrder | ProjectSortOrderLiteral | None) -> ProjectSortOrder | None: ...

class ProjectStatus(OpenEnum):
    """Values of ``ProjectStatus``. Unknown values load as ``ProjectStatus(value)`` with ``is_known``
    False.

    Added:
        PENDING: 'Pending' since 2020-12-01
        CREATE_IN_PROGRESS: 'CreateInProgress' since 2020-12-01
        CREATE_COMPLETED: 'CreateCompleted' since 2020-12-01
        CREATE_FAILED: 'CreateFailed' since 2020-12-01
        DELETE_IN_PROGRESS: 'DeleteInProgress' since 2020-12-01
        DELETE_FAILED: 'DeleteFailed' since 2020-12-01
        DELETE_COMPLETED: 'DeleteCompleted' since 2020-12-01
        UPDATE_IN_PROGRESS: 'UpdateInProgress' since 2021-10-27
        UPDATE_COMPLETED: 'UpdateCompleted' since 2021-10-27
        UPDATE_FAILED: 'UpdateFailed' since 2021-10-27
    """

    PENDING = "Pending"
    CREATE_IN_PROGRESS = "CreateInProgress"
    CREATE_COMPLETED = "CreateCompleted"
    CREATE_FAILED = "CreateFailed"
    DELETE_IN_PROGRESS = "DeleteInProgress"
    DELETE_FAILED = "DeleteFailed"
    DELETE_COMPLETED = "DeleteCompleted"
    UPDATE_IN_PROGRESS = "UpdateInProgress"
    UPDATE_COMPLETED = "UpdateCompleted"
    UPDATE_FAILED = "UpdateFailed"

ProjectStatusLiteral = Literal[
    "Pending",
    "CreateInProgress",
    "CreateCompleted",
    "CreateFailed",
    "DeleteInProgress",
    "DeleteFailed",
    "DeleteCompleted",
    "UpdateInProgress",
    "UpdateCompleted",
    "UpdateFailed",
]

def as_ProjectStatus(value: ProjectStatus | ProjectStatusLiteral) -> ProjectStatus: ...
def as_ProjectStatus_opt(value: ProjectStatus | ProjectStatusLiteral | None) -> ProjectStatus | None: ...
