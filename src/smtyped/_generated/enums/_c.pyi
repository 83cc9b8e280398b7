# Generated stub. Do not edit.
# Every enum whose name starts with "C", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class CandidateSortBy(OpenEnum):
    """Values of ``CandidateSortBy``. Unknown values load as ``CandidateSortBy(value)`` with
    ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2019-12-04
        STATUS: 'Status' since 2019-12-04
        FINAL_OBJECTIVE_METRIC_VALUE: 'FinalObjectiveMetricValue' since 2019-12-04
    """

    CREATION_TIME = "CreationTime"
    STATUS = "Status"
    FINAL_OBJECTIVE_METRIC_VALUE = "FinalObjectiveMetricValue"

CandidateSortByLiteral = Literal[
    "CreationTime",
    "Status",
    "FinalObjectiveMetricValue",
]

def as_CandidateSortBy(value: CandidateSortBy | CandidateSortByLiteral) -> CandidateSortBy: ...
def as_CandidateSortBy_opt(value: CandidateSortBy | CandidateSortByLiteral | None) -> CandidateSortBy | None: ...

class CandidateStatus(OpenEnum):
    """Values of ``CandidateStatus``. Unknown values load as ``CandidateStatus(value)`` with
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

CandidateStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
]

def as_CandidateStatus(value: CandidateStatus | CandidateStatusLiteral) -> CandidateStatus: ...
def as_CandidateStatus_opt(value: CandidateStatus | CandidateStatusLiteral | None) -> CandidateStatus | None: ...

class CandidateStepType(OpenEnum):
    """Values of ``CandidateStepType``. Unknown values load as ``CandidateStepType(value)`` with
    ``is_known`` False.

    Added:
        AWS_SAGE_MAKER_TRAINING_JOB: 'AWS::SageMaker::TrainingJob' since 2019-12-04
        AWS_SAGE_MAKER_TRANSFORM_JOB: 'AWS::SageMaker::TransformJob' since 2019-12-04
        AWS_SAGE_MAKER_PROCESSING_JOB: 'AWS::SageMaker::ProcessingJob' since 2019-12-04
    """

    AWS_SAGE_MAKER_TRAINING_JOB = "AWS::SageMaker::TrainingJob"
    AWS_SAGE_MAKER_TRANSFORM_JOB = "AWS::SageMaker::TransformJob"
    AWS_SAGE_MAKER_PROCESSING_JOB = "AWS::SageMaker::ProcessingJob"

CandidateStepTypeLiteral = Literal[
    "AWS::SageMaker::TrainingJob",
    "AWS::SageMaker::TransformJob",
    "AWS::SageMaker::ProcessingJob",
]

def as_CandidateStepType(value: CandidateStepType | CandidateStepTypeLiteral) -> CandidateStepType: ...
def as_CandidateStepType_opt(
    value: CandidateStepType | CandidateStepTypeLiteral | None,
) -> CandidateStepType | None: ...

class CapacityReservationPreference(OpenEnum):
    """Values of ``CapacityReservationPreference``. Unknown values load as
    ``CapacityReservationPreference(value)`` with ``is_known`` False.

    Added:
        CAPACITY_RESERVATIONS_ONLY: 'capacity-reservations-only' since 2025-05-30
    """

    CAPACITY_RESERVATIONS_ONLY = "capacity-reservations-only"

CapacityReservationPreferenceLiteral = Literal["capacity-reservations-only",]

def as_CapacityReservationPreference(
    value: CapacityReservationPreference | CapacityReservationPreferenceLiteral,
) -> CapacityReservationPreference: ...
def as_CapacityReservationPreference_opt(
    value: CapacityReservationPreference | CapacityReservationPreferenceLiteral | None,
) -> CapacityReservationPreference | None: ...

class CapacityReservationType(OpenEnum):
    """Values of ``CapacityReservationType``. Unknown values load as ``CapacityReservationType(value)``
    with ``is_known`` False.

    Added:
        ODCR: 'ODCR' since 2025-08-05
        CRG: 'CRG' since 2025-08-05
    """

    ODCR = "ODCR"
    CRG = "CRG"

CapacityReservationTypeLiteral = Literal[
    "ODCR",
    "CRG",
]

def as_CapacityReservationType(
    value: CapacityReservationType | CapacityReservationTypeLiteral,
) -> CapacityReservationType: ...
def as_CapacityReservationType_opt(
    value: CapacityReservationType | CapacityReservationTypeLiteral | None,
) -> CapacityReservationType | None: ...

class CapacitySizeType(OpenEnum):
    """Values of ``CapacitySizeType``. Unknown values load as ``CapacitySizeType(value)`` with
    ``is_known`` False.

    Added:
        INSTANCE_COUNT: 'INSTANCE_COUNT' since 2020-12-01
        CAPACITY_PERCENT: 'CAPACITY_PERCENT' since 2020-12-01
    """

    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENT = "CAPACITY_PERCENT"

CapacitySizeTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENT",
]

def as_CapacitySizeType(value: CapacitySizeType | CapacitySizeTypeLiteral) -> CapacitySizeType: ...
def as_CapacitySizeType_opt(value: CapacitySizeType | CapacitySizeTypeLiteral | None) -> CapacitySizeType | None: ...

class CaptureMode(OpenEnum):
    """Values of ``CaptureMode``. Unknown values load as ``CaptureMode(value)`` with ``is_known``
    False.

    Added:
        INPUT: 'Input' since 2019-12-04
        OUTPUT: 'Output' since 2019-12-04
        INPUT_AND_OUTPUT: 'InputAndOutput' since 2023-12-15
    """

    INPUT = "Input"
    OUTPUT = "Output"
    INPUT_AND_OUTPUT = "InputAndOutput"

CaptureModeLiteral = Literal[
    "Input",
    "Output",
    "InputAndOutput",
]

def as_CaptureMode(value: CaptureMode | CaptureModeLiteral) -> CaptureMode: ...
def as_CaptureMode_opt(value: CaptureMode | CaptureModeLiteral | None) -> CaptureMode | None: ...

class CaptureStatus(OpenEnum):
    """Values of ``CaptureStatus``. Unknown values load as ``CaptureStatus(value)`` with ``is_known``
    False.

    Added:
        STARTED: 'Started' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
    """

    STARTED = "Started"
    STOPPED = "Stopped"

CaptureStatusLiteral = Literal[
    "Started",
    "Stopped",
]

def as_CaptureStatus(value: CaptureStatus | CaptureStatusLiteral) -> CaptureStatus: ...
def as_CaptureStatus_opt(value: CaptureStatus | CaptureStatusLiteral | None) -> CaptureStatus | None: ...

class ClarifyFeatureType(OpenEnum):
    """Values of ``ClarifyFeatureType``. Unknown values load as ``ClarifyFeatureType(value)`` with
    ``is_known`` False.

    Added:
        NUMERICAL: 'numerical' since 2022-09-30
        CATEGORICAL: 'categorical' since 2022-09-30
        TEXT: 'text' since 2022-09-30
    """

    NUMERICAL = "numerical"
    CATEGORICAL = "categorical"
    TEXT = "text"

ClarifyFeatureTypeLiteral = Literal[
    "numerical",
    "categorical",
    "text",
]

def as_ClarifyFeatureType(value: ClarifyFeatureType | ClarifyFeatureTypeLiteral) -> ClarifyFeatureType: ...
def as_ClarifyFeatureType_opt(
    value: ClarifyFeatureType | ClarifyFeatureTypeLiteral | None,
) -> ClarifyFeatureType | None: ...

class ClarifyTextGranularity(OpenEnum):
    """Values of ``ClarifyTextGranularity``. Unknown values load as ``ClarifyTextGranularity(value)``
    with ``is_known`` False.

    Added:
        TOKEN: 'token' since 2022-09-30
        SENTENCE: 'sentence' since 2022-09-30
        PARAGRAPH: 'paragraph' since 2022-09-30
    """

    TOKEN = "token"
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"

ClarifyTextGranularityLiteral = Literal[
    "token",
    "sentence",
    "paragraph",
]

def as_ClarifyTextGranularity(
    value: ClarifyTextGranularity | ClarifyTextGranularityLiteral,
) -> ClarifyTextGranularity: ...
def as_ClarifyTextGranularity_opt(
    value: ClarifyTextGranularity | ClarifyTextGranularityLiteral | None,
) -> ClarifyTextGranularity | None: ...

class ClarifyTextLanguage(OpenEnum):
    """Values of ``ClarifyTextLanguage``. Unknown values load as ``ClarifyTextLanguage(value)`` with
    ``is_known`` False.

    Added:
        AF: 'af' since 2022-09-30
        SQ: 'sq' since 2022-09-30
        AR: 'ar' since 2022-09-30
        HY: 'hy' since 2022-09-30
        EU: 'eu' since 2022-09-30
        BN: 'bn' since 2022-09-30
        BG: 'bg' since 2022-09-30
        CA: 'ca' since 2022-09-30
        ZH: 'zh' since 2022-09-30
        HR: 'hr' since 2022-09-30
        CS: 'cs' since 2022-09-30
        DA: 'da' since 2022-09-30
        NL: 'nl' since 2022-09-30
        EN: 'en' since 2022-09-30
        ET: 'et' since 2022-09-30
        FI: 'fi' since 2022-09-30
        FR: 'fr' since 2022-09-30
        DE: 'de' since 2022-09-30
        EL: 'el' since 2022-09-30
        GU: 'gu' since 2022-09-30
        HE: 'he' since 2022-09-30
        HI: 'hi' since 2022-09-30
        HU: 'hu' since 2022-09-30
        IS: 'is' since 2022-09-30
        ID: 'id' since 2022-09-30
        GA: 'ga' since 2022-09-30
        IT: 'it' since 2022-09-30
        KN: 'kn' since 2022-09-30
        KY: 'ky' since 2022-09-30
        LV: 'lv' since 2022-09-30
        LT: 'lt' since 2022-09-30
        LB: 'lb' since 2022-09-30
        MK: 'mk' since 2022-09-30
        ML: 'ml' since 2022-09-30
        MR: 'mr' since 2022-09-30
        NE: 'ne' since 2022-09-30
        NB: 'nb' since 2022-09-30
        FA: 'fa' since 2022-09-30
        PL: 'pl' since 2022-09-30
        PT: 'pt' since 2022-09-30
        RO: 'ro' since 2022-09-30
        RU: 'ru' since 2022-09-30
        SA: 'sa' since 2022-09-30
        SR: 'sr' since 2022-09-30
        TN: 'tn' since 2022-09-30
        SI: 'si' since 2022-09-30
        SK: 'sk' since 2022-09-30
        SL: 'sl' since 2022-09-30
        ES: 'es' since 2022-09-30
        SV: 'sv' since 2022-09-30
        TL: 'tl' since 2022-09-30
        TA: 'ta' since 2022-09-30
        TT: 'tt' since 2022-09-30
        TE: 'te' since 2022-09-30
        TR: 'tr' since 2022-09-30
        UK: 'uk' since 2022-09-30
        UR: 'ur' since 2022-09-30
        YO: 'yo' since 2022-09-30
        LIJ: 'lij' since 2022-09-30
        XX: 'xx' since 2022-09-30
    """

    AF = "af"
    SQ = "sq"
    AR = "ar"
    HY = "hy"
    EU = "eu"
    BN = "bn"
    BG = "bg"
    CA = "ca"
    ZH = "zh"
    HR = "hr"
    CS = "cs"
    DA = "da"
    NL = "nl"
    EN = "en"
    ET = "et"
    FI = "fi"
    FR = "fr"
    DE = "de"
    EL = "el"
    GU = "gu"
    HE = "he"
    HI = "hi"
    HU = "hu"
    IS = "is"
    ID = "id"
    GA = "ga"
    IT = "it"
    KN = "kn"
    KY = "ky"
    LV = "lv"
    LT = "lt"
    LB = "lb"
    MK = "mk"
    ML = "ml"
    MR = "mr"
    NE = "ne"
    NB = "nb"
    FA = "fa"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SA = "sa"
    SR = "sr"
    TN = "tn"
    SI = "si"
    SK = "sk"
    SL = "sl"
    ES = "es"
    SV = "sv"
    TL = "tl"
    TA = "ta"
    TT = "tt"
    TE = "te"
    TR = "tr"
    UK = "uk"
    UR = "ur"
    YO = "yo"
    LIJ = "lij"
    XX = "xx"

ClarifyTextLanguageLiteral = Literal[
    "af",
    "sq",
    "ar",
    "hy",
    "eu",
    "bn",
    "bg",
    "ca",
    "zh",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "et",
    "fi",
    "fr",
    "de",
    "el",
    "gu",
    "he",
    "hi",
    "hu",
    "is",
    "id",
    "ga",
    "it",
    "kn",
    "ky",
    "lv",
    "lt",
    "lb",
    "mk",
    "ml",
    "mr",
    "ne",
    "nb",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sa",
    "sr",
    "tn",
    "si",
    "sk",
    "sl",
    "es",
    "sv",
    "tl",
    "ta",
    "tt",
    "te",
    "tr",
    "uk",
    "ur",
    "yo",
    "lij",
    "xx",
]

def as_ClarifyTextLanguage(value: ClarifyTextLanguage | ClarifyTextLanguageLiteral) -> ClarifyTextLanguage: ...
def as_ClarifyTextLanguage_opt(
    value: ClarifyTextLanguage | ClarifyTextLanguageLiteral | None,
) -> ClarifyTextLanguage | None: ...

class ClusterAutoScalerType(OpenEnum):
    """Values of ``ClusterAutoScalerType``. Unknown values load as ``ClusterAutoScalerType(value)``
    with ``is_known`` False.

    Added:
        KARPENTER: 'Karpenter' since 2025-08-27
    """

    KARPENTER = "Karpenter"

ClusterAutoScalerTypeLiteral = Literal["Karpenter",]

def as_ClusterAutoScalerType(value: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral) -> ClusterAutoScalerType: ...
def as_ClusterAutoScalerType_opt(
    value: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None,
) -> ClusterAutoScalerType | None: ...

class ClusterAutoScalingMode(OpenEnum):
    """Values of ``ClusterAutoScalingMode``. Unknown values load as ``ClusterAutoScalingMode(value)``
    with ``is_known`` False.

    Added:
        ENABLE: 'Enable' since 2025-08-27
        DISABLE: 'Disable' since 2025-08-27
    """

    ENABLE = "Enable"
    DISABLE = "Disable"

ClusterAutoScalingModeLiteral = Literal[
    "Enable",
    "Disable",
]

def as_ClusterAutoScalingMode(
    value: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral,
) -> ClusterAutoScalingMode: ...
def as_ClusterAutoScalingMode_opt(
    value: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral | None,
) -> ClusterAutoScalingMode | None: ...

class ClusterAutoScalingStatus(OpenEnum):
    """Values of ``ClusterAutoScalingStatus``. Unknown values load as
    ``ClusterAutoScalingStatus(value)`` with ``is_known`` False.

    Added:
        IN_SERVICE: 'InService' since 2025-08-27
        FAILED: 'Failed' since 2025-08-27
        CREATING: 'Creating' since 2025-08-27
        DELETING: 'Deleting' since 2025-08-27
    """

    IN_SERVICE = "InService"
    FAILED = "Failed"
    CREATING = "Creating"
    DELETING = "Deleting"

ClusterAutoScalingStatusLiteral = Literal[
    "InService",
    "Failed",
    "Creating",
    "Deleting",
]

def as_ClusterAutoScalingStatus(
    value: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral,
) -> ClusterAutoScalingStatus: ...
def as_ClusterAutoScalingStatus_opt(
    value: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral | None,
) -> ClusterAutoScalingStatus | None: ...

class ClusterCapacityType(OpenEnum):
    """Values of ``ClusterCapacityType``. Unknown values load as ``ClusterCapacityType(value)`` with
    ``is_known`` False.

    Added:
        SPOT: 'Spot' since 2025-11-21
        ON_DEMAND: 'OnDemand' since 2025-11-21
    """

    SPOT = "Spot"
    ON_DEMAND = "OnDemand"

ClusterCapacityTypeLiteral = Literal[
    "Spot",
    "OnDemand",
]

def as_ClusterCapacityType(value: ClusterCapacityType | ClusterCapacityTypeLiteral) -> ClusterCapacityType: ...
def as_ClusterCapacityType_opt(
    value: ClusterCapacityType | ClusterCapacityTypeLiteral | None,
) -> ClusterCapacityType | None: ...

class ClusterConfigMode(OpenEnum):
    """Values of ``ClusterConfigMode``. Unknown values load as ``ClusterConfigMode(value)`` with
    ``is_known`` False.

    Added:
        ENABLE: 'Enable' since 2025-09-05
        DISABLE: 'Disable' since 2025-09-05
    """

    ENABLE = "Enable"
    DISABLE = "Disable"

ClusterConfigModeLiteral = Literal[
    "Enable",
    "Disable",
]

def as_ClusterConfigMode(value: ClusterConfigMode | ClusterConfigModeLiteral) -> ClusterConfigMode: ...
def as_ClusterConfigMode_opt(
    value: ClusterConfigMode | ClusterConfigModeLiteral | None,
) -> ClusterConfigMode | None: ...

class ClusterEventLevel(OpenEnum):
    """Values of ``ClusterEventLevel``. Unknown values load as ``ClusterEventLevel(value)`` with
    ``is_known`` False.

    Added:
        INFO: 'Info' since 2026-05-13
        WARN: 'Warn' since 2026-05-13
        ERROR: 'Error' since 2026-05-13
    """

    INFO = "Info"
    WARN = "Warn"
    ERROR = "Error"

ClusterEventLevelLiteral = Literal[
    "Info",
    "Warn",
    "Error",
]

def as_ClusterEventLevel(value: ClusterEventLevel | ClusterEventLevelLiteral) -> ClusterEventLevel: ...
def as_ClusterEventLevel_opt(
    value: ClusterEventLevel | ClusterEventLevelLiteral | None,
) -> ClusterEventLevel | None: ...

class ClusterEventResourceType(OpenEnum):
    """Values of ``ClusterEventResourceType``. Unknown values load as
    ``ClusterEventResourceType(value)`` with ``is_known`` False.

    Added:
        CLUSTER: 'Cluster' since 2025-08-05
        INSTANCE_GROUP: 'InstanceGroup' since 2025-08-05
        INSTANCE: 'Instance' since 2025-08-05
    """

    CLUSTER = "Cluster"
    INSTANCE_GROUP = "InstanceGroup"
    INSTANCE = "Instance"

ClusterEventResourceTypeLiteral = Literal[
    "Cluster",
    "InstanceGroup",
    "Instance",
]

def as_ClusterEventResourceType(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral,
) -> ClusterEventResourceType: ...
def as_ClusterEventResourceType_opt(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None,
) -> ClusterEventResourceType | None: ...

class ClusterFSxLustreDeletionPolicy(OpenEnum):
    """Values of ``ClusterFSxLustreDeletionPolicy``. Unknown values load as
    ``ClusterFSxLustreDeletionPolicy(value)`` with ``is_known`` False.

    Added:
        DELETE_IF_NOT_USED: 'DeleteIfNotUsed' since 2026-05-27
        KEEP: 'Keep' since 2026-05-27
    """

    DELETE_IF_NOT_USED = "DeleteIfNotUsed"
    KEEP = "Keep"

ClusterFSxLustreDeletionPolicyLiteral = Literal[
    "DeleteIfNotUsed",
    "Keep",
]

def as_ClusterFSxLustreDeletionPolicy(
    value: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral,
) -> ClusterFSxLustreDeletionPolicy: ...
def as_ClusterFSxLustreDeletionPolicy_opt(
    value: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral | None,
) -> ClusterFSxLustreDeletionPolicy | None: ...

class ClusterImageVersionStatus(OpenEnum):
    """Values of ``ClusterImageVersionStatus``. Unknown values load as
    ``ClusterImageVersionStatus(value)`` with ``is_known`` False.

    Added:
        UP_TO_DATE: 'UpToDate' since 2026-05-06
        UPDATE_AVAILABLE: 'UpdateAvailable' since 2026-05-06
        SECURITY_UPDATE_REQUIRED: 'SecurityUpdateRequired' since 2026-06-18
        END_OF_LIFE: 'EndOfLife' since 2026-06-18
    """

    UP_TO_DATE = "UpToDate"
    UPDATE_AVAILABLE = "UpdateAvailable"
    SECURITY_UPDATE_REQUIRED = "SecurityUpdateRequired"
    END_OF_LIFE = "EndOfLife"

ClusterImageVersionStatusLiteral = Literal[
    "UpToDate",
    "UpdateAvailable",
    "SecurityUpdateRequired",
    "EndOfLife",
]

def as_ClusterImageVersionStatus(
    value: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral,
) -> ClusterImageVersionStatus: ...
def as_ClusterImageVersionStatus_opt(
    value: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None,
) -> ClusterImageVersionStatus | None: ...

class ClusterInstanceStatus(OpenEnum):
    """Values of ``ClusterInstanceStatus``. Unknown values load as ``ClusterInstanceStatus(value)``
    with ``is_known`` False.

    Added:
        RUNNING: 'Running' since 2023-11-29
        FAILURE: 'Failure' since 2023-11-29
        PENDING: 'Pending' since 2023-11-29
        SHUTTING_DOWN: 'ShuttingDown' since 2023-11-29
        SYSTEM_UPDATING: 'SystemUpdating' since 2023-11-29
        DEEP_HEALTH_CHECK_IN_PROGRESS: 'DeepHealthCheckInProgress' since 2024-09-09
        NOT_FOUND: 'NotFound' since 2025-08-05
    """

    RUNNING = "Running"
    FAILURE = "Failure"
    PENDING = "Pending"
    SHUTTING_DOWN = "ShuttingDown"
    SYSTEM_UPDATING = "SystemUpdating"
    DEEP_HEALTH_CHECK_IN_PROGRESS = "DeepHealthCheckInProgress"
    NOT_FOUND = "NotFound"

ClusterInstanceStatusLiteral = Literal[
    "Running",
    "Failure",
    "Pending",
    "ShuttingDown",
    "SystemUpdating",
    "DeepHealthCheckInProgress",
    "NotFound",
]

def as_ClusterInstanceStatus(value: ClusterInstanceStatus | ClusterInstanceStatusLiteral) -> ClusterInstanceStatus: ...
def as_ClusterInstanceStatus_opt(
    value: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None,
) -> ClusterInstanceStatus | None: ...

class ClusterInstanceType(OpenEnum):
    """Values of ``ClusterInstanceType``. Unknown values load as ``ClusterInstanceType(value)`` with
    ``is_known`` False.

    Added:
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2023-11-29
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2023-11-29
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2023-11-29
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2025-12-02
        ML_P6E_GB200_36XLARGE: 'ml.p6e-gb200.36xlarge' since 2025-08-18
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2023-11-29
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2023-11-29
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2023-11-29
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2023-11-29
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2023-11-29
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2023-11-29
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2023-11-29
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2023-11-29
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2023-11-29
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2023-11-29
        ML_C5_LARGE: 'ml.c5.large' since 2023-11-29
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2023-11-29
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2023-11-29
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2023-11-29
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2023-11-29
        ML_C5_12XLARGE: 'ml.c5.12xlarge' since 2023-11-29
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2023-11-29
        ML_C5_24XLARGE: 'ml.c5.24xlarge' since 2023-11-29
        ML_C5N_LARGE: 'ml.c5n.large' since 2023-11-29
        ML_C5N_2XLARGE: 'ml.c5n.2xlarge' since 2023-11-29
        ML_C5N_4XLARGE: 'ml.c5n.4xlarge' since 2023-11-29
        ML_C5N_9XLARGE: 'ml.c5n.9xlarge' since 2023-11-29
        ML_C5N_18XLARGE: 'ml.c5n.18xlarge' since 2023-11-29
        ML_M5_LARGE: 'ml.m5.large' since 2023-11-29
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2023-11-29
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2023-11-29
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2023-11-29
        ML_M5_8XLARGE: 'ml.m5.8xlarge' since 2023-11-29
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2023-11-29
        ML_M5_16XLARGE: 'ml.m5.16xlarge' since 2023-11-29
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2023-11-29
        ML_T3_MEDIUM: 'ml.t3.medium' since 2023-11-29
        ML_T3_LARGE: 'ml.t3.large' since 2023-11-29
        ML_T3_XLARGE: 'ml.t3.xlarge' since 2023-11-29
        ML_T3_2XLARGE: 'ml.t3.2xlarge' since 2023-11-29
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-10-31
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-10-31
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-10-31
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-10-31
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-10-31
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-10-31
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-10-31
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-10-31
        ML_GR6_4XLARGE: 'ml.gr6.4xlarge' since 2024-10-31
        ML_GR6_8XLARGE: 'ml.gr6.8xlarge' since 2024-10-31
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2024-10-31
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2024-10-31
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2024-10-31
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2024-10-31
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2024-10-31
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2024-10-31
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2024-10-31
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2024-10-31
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2024-10-31
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2024-12-04
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-06-18
        ML_TRN2_3XLARGE: 'ml.trn2.3xlarge' since 2025-11-12
        ML_TRN2_48XLARGE: 'ml.trn2.48xlarge' since 2024-12-04
        ML_C6I_LARGE: 'ml.c6i.large' since 2024-12-20
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2024-12-20
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2024-12-20
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2024-12-20
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2024-12-20
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2024-12-20
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2024-12-20
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2024-12-20
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2024-12-20
        ML_M6I_LARGE: 'ml.m6i.large' since 2024-12-20
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2024-12-20
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2024-12-20
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2024-12-20
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2024-12-20
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2024-12-20
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2024-12-20
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2024-12-20
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2024-12-20
        ML_R6I_LARGE: 'ml.r6i.large' since 2024-12-20
        ML_R6I_XLARGE: 'ml.r6i.xlarge' since 2024-12-20
        ML_R6I_2XLARGE: 'ml.r6i.2xlarge' since 2024-12-20
        ML_R6I_4XLARGE: 'ml.r6i.4xlarge' since 2024-12-20
        ML_R6I_8XLARGE: 'ml.r6i.8xlarge' since 2024-12-20
        ML_R6I_12XLARGE: 'ml.r6i.12xlarge' since 2024-12-20
        ML_R6I_16XLARGE: 'ml.r6i.16xlarge' since 2024-12-20
        ML_R6I_24XLARGE: 'ml.r6i.24xlarge' since 2024-12-20
        ML_R6I_32XLARGE: 'ml.r6i.32xlarge' since 2024-12-20
        ML_I3EN_LARGE: 'ml.i3en.large' since 2025-04-03
        ML_I3EN_XLARGE: 'ml.i3en.xlarge' since 2025-04-03
        ML_I3EN_2XLARGE: 'ml.i3en.2xlarge' since 2025-04-03
        ML_I3EN_3XLARGE: 'ml.i3en.3xlarge' since 2025-04-03
        ML_I3EN_6XLARGE: 'ml.i3en.6xlarge' since 2025-04-03
        ML_I3EN_12XLARGE: 'ml.i3en.12xlarge' since 2025-04-03
        ML_I3EN_24XLARGE: 'ml.i3en.24xlarge' since 2025-04-03
        ML_M7I_LARGE: 'ml.m7i.large' since 2025-04-03
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2025-04-03
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2025-04-03
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2025-04-03
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2025-04-03
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2025-04-03
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2025-04-03
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2025-04-03
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2025-04-03
        ML_R7I_LARGE: 'ml.r7i.large' since 2025-04-03
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2025-04-03
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2025-04-03
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2025-04-03
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2025-04-03
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2025-04-03
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2025-04-03
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2025-04-03
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2025-04-03
        ML_R5D_16XLARGE: 'ml.r5d.16xlarge' since 2026-03-26
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-04-09
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-04-09
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-04-09
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-04-09
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-04-09
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-04-09
        ML_P6_B300_48XLARGE: 'ml.p6-b300.48xlarge' since 2025-12-17
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2026-07-10
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2026-07-10
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2026-07-10
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2026-07-10
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2026-07-10
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2026-07-10
        ML_C6G_MEDIUM: 'ml.c6g.medium' since 2026-07-10
        ML_C6G_LARGE: 'ml.c6g.large' since 2026-07-10
        ML_C6G_XLARGE: 'ml.c6g.xlarge' since 2026-07-10
        ML_C6G_2XLARGE: 'ml.c6g.2xlarge' since 2026-07-10
        ML_C6G_4XLARGE: 'ml.c6g.4xlarge' since 2026-07-10
        ML_C6G_8XLARGE: 'ml.c6g.8xlarge' since 2026-07-10
        ML_C6G_12XLARGE: 'ml.c6g.12xlarge' since 2026-07-10
        ML_C6G_16XLARGE: 'ml.c6g.16xlarge' since 2026-07-10
        ML_C7G_MEDIUM: 'ml.c7g.medium' since 2026-07-10
        ML_C7G_LARGE: 'ml.c7g.large' since 2026-07-10
        ML_C7G_XLARGE: 'ml.c7g.xlarge' since 2026-07-10
        ML_C7G_2XLARGE: 'ml.c7g.2xlarge' since 2026-07-10
        ML_C7G_4XLARGE: 'ml.c7g.4xlarge' since 2026-07-10
        ML_C7G_8XLARGE: 'ml.c7g.8xlarge' since 2026-07-10
        ML_C7G_12XLARGE: 'ml.c7g.12xlarge' since 2026-07-10
        ML_C7G_16XLARGE: 'ml.c7g.16xlarge' since 2026-07-10
        ML_C8G_MEDIUM: 'ml.c8g.medium' since 2026-07-10
        ML_C8G_LARGE: 'ml.c8g.large' since 2026-07-10
        ML_C8G_XLARGE: 'ml.c8g.xlarge' since 2026-07-10
        ML_C8G_2XLARGE: 'ml.c8g.2xlarge' since 2026-07-10
        ML_C8G_4XLARGE: 'ml.c8g.4xlarge' since 2026-07-10
        ML_C8G_8XLARGE: 'ml.c8g.8xlarge' since 2026-07-10
        ML_C8G_12XLARGE: 'ml.c8g.12xlarge' since 2026-07-10
        ML_C8G_16XLARGE: 'ml.c8g.16xlarge' since 2026-07-10
        ML_C8G_24XLARGE: 'ml.c8g.24xlarge' since 2026-07-10
        ML_C8G_48XLARGE: 'ml.c8g.48xlarge' since 2026-07-10
        ML_C6A_LARGE: 'ml.c6a.large' since 2026-07-23
        ML_C6A_XLARGE: 'ml.c6a.xlarge' since 2026-07-23
        ML_C6A_2XLARGE: 'ml.c6a.2xlarge' since 2026-07-23
        ML_C6A_4XLARGE: 'ml.c6a.4xlarge' since 2026-07-23
        ML_C6A_8XLARGE: 'ml.c6a.8xlarge' since 2026-07-23
        ML_C6A_12XLARGE: 'ml.c6a.12xlarge' since 2026-07-23
        ML_C6A_16XLARGE: 'ml.c6a.16xlarge' since 2026-07-23
        ML_C6A_24XLARGE: 'ml.c6a.24xlarge' since 2026-07-23
        ML_C6A_32XLARGE: 'ml.c6a.32xlarge' since 2026-07-23
        ML_C6A_48XLARGE: 'ml.c6a.48xlarge' since 2026-07-23
        ML_M6A_LARGE: 'ml.m6a.large' since 2026-07-23
        ML_M6A_XLARGE: 'ml.m6a.xlarge' since 2026-07-23
        ML_M6A_2XLARGE: 'ml.m6a.2xlarge' since 2026-07-23
        ML_M6A_4XLARGE: 'ml.m6a.4xlarge' since 2026-07-23
        ML_M6A_8XLARGE: 'ml.m6a.8xlarge' since 2026-07-23
        ML_M6A_12XLARGE: 'ml.m6a.12xlarge' since 2026-07-23
        ML_M6A_16XLARGE: 'ml.m6a.16xlarge' since 2026-07-23
        ML_M6A_24XLARGE: 'ml.m6a.24xlarge' since 2026-07-23
        ML_M6A_32XLARGE: 'ml.m6a.32xlarge' since 2026-07-23
        ML_M6A_48XLARGE: 'ml.m6a.48xlarge' since 2026-07-23
        ML_M6G_MEDIUM: 'ml.m6g.medium' since 2026-07-23
        ML_M6G_LARGE: 'ml.m6g.large' since 2026-07-23
        ML_M6G_XLARGE: 'ml.m6g.xlarge' since 2026-07-23
        ML_M6G_2XLARGE: 'ml.m6g.2xlarge' since 2026-07-23
        ML_M6G_4XLARGE: 'ml.m6g.4xlarge' since 2026-07-23
        ML_M6G_8XLARGE: 'ml.m6g.8xlarge' since 2026-07-23
        ML_M6G_12XLARGE: 'ml.m6g.12xlarge' since 2026-07-23
        ML_M6G_16XLARGE: 'ml.m6g.16xlarge' since 2026-07-23
        ML_M7G_MEDIUM: 'ml.m7g.medium' since 2026-07-23
        ML_M7G_LARGE: 'ml.m7g.large' since 2026-07-23
        ML_M7G_XLARGE: 'ml.m7g.xlarge' since 2026-07-23
        ML_M7G_2XLARGE: 'ml.m7g.2xlarge' since 2026-07-23
        ML_M7G_4XLARGE: 'ml.m7g.4xlarge' since 2026-07-23
        ML_M7G_8XLARGE: 'ml.m7g.8xlarge' since 2026-07-23
        ML_M7G_12XLARGE: 'ml.m7g.12xlarge' since 2026-07-23
        ML_M7G_16XLARGE: 'ml.m7g.16xlarge' since 2026-07-23
        ML_M8G_MEDIUM: 'ml.m8g.medium' since 2026-07-23
        ML_M8G_LARGE: 'ml.m8g.large' since 2026-07-23
        ML_M8G_XLARGE: 'ml.m8g.xlarge' since 2026-07-23
        ML_M8G_2XLARGE: 'ml.m8g.2xlarge' since 2026-07-23
        ML_M8G_4XLARGE: 'ml.m8g.4xlarge' since 2026-07-23
        ML_M8G_8XLARGE: 'ml.m8g.8xlarge' since 2026-07-23
        ML_M8G_12XLARGE: 'ml.m8g.12xlarge' since 2026-07-23
        ML_M8G_16XLARGE: 'ml.m8g.16xlarge' since 2026-07-23
        ML_M8G_24XLARGE: 'ml.m8g.24xlarge' since 2026-07-23
        ML_M8G_48XLARGE: 'ml.m8g.48xlarge' since 2026-07-23
    """

    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_C5_LARGE = "ml.c5.large"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_12XLARGE = "ml.c5.12xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5_24XLARGE = "ml.c5.24xlarge"
    ML_C5N_LARGE = "ml.c5n.large"
    ML_C5N_2XLARGE = "ml.c5n.2xlarge"
    ML_C5N_4XLARGE = "ml.c5n.4xlarge"
    ML_C5N_9XLARGE = "ml.c5n.9xlarge"
    ML_C5N_18XLARGE = "ml.c5n.18xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_8XLARGE = "ml.m5.8xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_16XLARGE = "ml.m5.16xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_GR6_4XLARGE = "ml.gr6.4xlarge"
    ML_GR6_8XLARGE = "ml.gr6.8xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_TRN2_3XLARGE = "ml.trn2.3xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
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
    ML_I3EN_LARGE = "ml.i3en.large"
    ML_I3EN_XLARGE = "ml.i3en.xlarge"
    ML_I3EN_2XLARGE = "ml.i3en.2xlarge"
    ML_I3EN_3XLARGE = "ml.i3en.3xlarge"
    ML_I3EN_6XLARGE = "ml.i3en.6xlarge"
    ML_I3EN_12XLARGE = "ml.i3en.12xlarge"
    ML_I3EN_24XLARGE = "ml.i3en.24xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_R5D_16XLARGE = "ml.r5d.16xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_C6G_MEDIUM = "ml.c6g.medium"
    ML_C6G_LARGE = "ml.c6g.large"
    ML_C6G_XLARGE = "ml.c6g.xlarge"
    ML_C6G_2XLARGE = "ml.c6g.2xlarge"
    ML_C6G_4XLARGE = "ml.c6g.4xlarge"
    ML_C6G_8XLARGE = "ml.c6g.8xlarge"
    ML_C6G_12XLARGE = "ml.c6g.12xlarge"
    ML_C6G_16XLARGE = "ml.c6g.16xlarge"
    ML_C7G_MEDIUM = "ml.c7g.medium"
    ML_C7G_LARGE = "ml.c7g.large"
    ML_C7G_XLARGE = "ml.c7g.xlarge"
    ML_C7G_2XLARGE = "ml.c7g.2xlarge"
    ML_C7G_4XLARGE = "ml.c7g.4xlarge"
    ML_C7G_8XLARGE = "ml.c7g.8xlarge"
    ML_C7G_12XLARGE = "ml.c7g.12xlarge"
    ML_C7G_16XLARGE = "ml.c7g.16xlarge"
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
    ML_C6A_LARGE = "ml.c6a.large"
    ML_C6A_XLARGE = "ml.c6a.xlarge"
    ML_C6A_2XLARGE = "ml.c6a.2xlarge"
    ML_C6A_4XLARGE = "ml.c6a.4xlarge"
    ML_C6A_8XLARGE = "ml.c6a.8xlarge"
    ML_C6A_12XLARGE = "ml.c6a.12xlarge"
    ML_C6A_16XLARGE = "ml.c6a.16xlarge"
    ML_C6A_24XLARGE = "ml.c6a.24xlarge"
    ML_C6A_32XLARGE = "ml.c6a.32xlarge"
    ML_C6A_48XLARGE = "ml.c6a.48xlarge"
    ML_M6A_LARGE = "ml.m6a.large"
    ML_M6A_XLARGE = "ml.m6a.xlarge"
    ML_M6A_2XLARGE = "ml.m6a.2xlarge"
    ML_M6A_4XLARGE = "ml.m6a.4xlarge"
    ML_M6A_8XLARGE = "ml.m6a.8xlarge"
    ML_M6A_12XLARGE = "ml.m6a.12xlarge"
    ML_M6A_16XLARGE = "ml.m6a.16xlarge"
    ML_M6A_24XLARGE = "ml.m6a.24xlarge"
    ML_M6A_32XLARGE = "ml.m6a.32xlarge"
    ML_M6A_48XLARGE = "ml.m6a.48xlarge"
    ML_M6G_MEDIUM = "ml.m6g.medium"
    ML_M6G_LARGE = "ml.m6g.large"
    ML_M6G_XLARGE = "ml.m6g.xlarge"
    ML_M6G_2XLARGE = "ml.m6g.2xlarge"
    ML_M6G_4XLARGE = "ml.m6g.4xlarge"
    ML_M6G_8XLARGE = "ml.m6g.8xlarge"
    ML_M6G_12XLARGE = "ml.m6g.12xlarge"
    ML_M6G_16XLARGE = "ml.m6g.16xlarge"
    ML_M7G_MEDIUM = "ml.m7g.medium"
    ML_M7G_LARGE = "ml.m7g.large"
    ML_M7G_XLARGE = "ml.m7g.xlarge"
    ML_M7G_2XLARGE = "ml.m7g.2xlarge"
    ML_M7G_4XLARGE = "ml.m7g.4xlarge"
    ML_M7G_8XLARGE = "ml.m7g.8xlarge"
    ML_M7G_12XLARGE = "ml.m7g.12xlarge"
    ML_M7G_16XLARGE = "ml.m7g.16xlarge"
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

ClusterInstanceTypeLiteral = Literal[
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5.4xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.12xlarge",
    "ml.c5.18xlarge",
    "ml.c5.24xlarge",
    "ml.c5n.large",
    "ml.c5n.2xlarge",
    "ml.c5n.4xlarge",
    "ml.c5n.9xlarge",
    "ml.c5n.18xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.8xlarge",
    "ml.m5.12xlarge",
    "ml.m5.16xlarge",
    "ml.m5.24xlarge",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.16xlarge",
    "ml.g6.12xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.gr6.4xlarge",
    "ml.gr6.8xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.trn2.3xlarge",
    "ml.trn2.48xlarge",
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
    "ml.i3en.large",
    "ml.i3en.xlarge",
    "ml.i3en.2xlarge",
    "ml.i3en.3xlarge",
    "ml.i3en.6xlarge",
    "ml.i3en.12xlarge",
    "ml.i3en.24xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.r5d.16xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.p6-b300.48xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.c6g.medium",
    "ml.c6g.large",
    "ml.c6g.xlarge",
    "ml.c6g.2xlarge",
    "ml.c6g.4xlarge",
    "ml.c6g.8xlarge",
    "ml.c6g.12xlarge",
    "ml.c6g.16xlarge",
    "ml.c7g.medium",
    "ml.c7g.large",
    "ml.c7g.xlarge",
    "ml.c7g.2xlarge",
    "ml.c7g.4xlarge",
    "ml.c7g.8xlarge",
    "ml.c7g.12xlarge",
    "ml.c7g.16xlarge",
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
    "ml.c6a.large",
    "ml.c6a.xlarge",
    "ml.c6a.2xlarge",
    "ml.c6a.4xlarge",
    "ml.c6a.8xlarge",
    "ml.c6a.12xlarge",
    "ml.c6a.16xlarge",
    "ml.c6a.24xlarge",
    "ml.c6a.32xlarge",
    "ml.c6a.48xlarge",
    "ml.m6a.large",
    "ml.m6a.xlarge",
    "ml.m6a.2xlarge",
    "ml.m6a.4xlarge",
    "ml.m6a.8xlarge",
    "ml.m6a.12xlarge",
    "ml.m6a.16xlarge",
    "ml.m6a.24xlarge",
    "ml.m6a.32xlarge",
    "ml.m6a.48xlarge",
    "ml.m6g.medium",
    "ml.m6g.large",
    "ml.m6g.xlarge",
    "ml.m6g.2xlarge",
    "ml.m6g.4xlarge",
    "ml.m6g.8xlarge",
    "ml.m6g.12xlarge",
    "ml.m6g.16xlarge",
    "ml.m7g.medium",
    "ml.m7g.large",
    "ml.m7g.xlarge",
    "ml.m7g.2xlarge",
    "ml.m7g.4xlarge",
    "ml.m7g.8xlarge",
    "ml.m7g.12xlarge",
    "ml.m7g.16xlarge",
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
]

def as_ClusterInstanceType(value: ClusterInstanceType | ClusterInstanceTypeLiteral) -> ClusterInstanceType: ...
def as_ClusterInstanceType_opt(
    value: ClusterInstanceType | ClusterInstanceTypeLiteral | None,
) -> ClusterInstanceType | None: ...

class ClusterInterfaceType(OpenEnum):
    """Values of ``ClusterInterfaceType``. Unknown values load as ``ClusterInterfaceType(value)`` with
    ``is_known`` False.

    Added:
        EFA: 'efa' since 2026-04-17
        EFA_ONLY: 'efa-only' since 2026-04-17
    """

    EFA = "efa"
    EFA_ONLY = "efa-only"

ClusterInterfaceTypeLiteral = Literal[
    "efa",
    "efa-only",
]

def as_ClusterInterfaceType(value: ClusterInterfaceType | ClusterInterfaceTypeLiteral) -> ClusterInterfaceType: ...
def as_ClusterInterfaceType_opt(
    value: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None,
) -> ClusterInterfaceType | None: ...

class ClusterKubernetesTaintEffect(OpenEnum):
    """Values of ``ClusterKubernetesTaintEffect``. Unknown values load as
    ``ClusterKubernetesTaintEffect(value)`` with ``is_known`` False.

    Added:
        NO_SCHEDULE: 'NoSchedule' since 2025-11-21
        PREFER_NO_SCHEDULE: 'PreferNoSchedule' since 2025-11-21
        NO_EXECUTE: 'NoExecute' since 2025-11-21
    """

    NO_SCHEDULE = "NoSchedule"
    PREFER_NO_SCHEDULE = "PreferNoSchedule"
    NO_EXECUTE = "NoExecute"

ClusterKubernetesTaintEffectLiteral = Literal[
    "NoSchedule",
    "PreferNoSchedule",
    "NoExecute",
]

def as_ClusterKubernetesTaintEffect(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral,
) -> ClusterKubernetesTaintEffect: ...
def as_ClusterKubernetesTaintEffect_opt(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral | None,
) -> ClusterKubernetesTaintEffect | None: ...

class ClusterNodeProvisioningMode(OpenEnum):
    """Values of ``ClusterNodeProvisioningMode``. Unknown values load as
    ``ClusterNodeProvisioningMode(value)`` with ``is_known`` False.

    Added:
        CONTINUOUS: 'Continuous' since 2025-08-05
    """

    CONTINUOUS = "Continuous"

ClusterNodeProvisioningModeLiteral = Literal["Continuous",]

def as_ClusterNodeProvisioningMode(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral,
) -> ClusterNodeProvisioningMode: ...
def as_ClusterNodeProvisioningMode_opt(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None,
) -> ClusterNodeProvisioningMode | None: ...

class ClusterNodeRecovery(OpenEnum):
    """Values of ``ClusterNodeRecovery``. Unknown values load as ``ClusterNodeRecovery(value)`` with
    ``is_known`` False.

    Added:
        AUTOMATIC: 'Automatic' since 2024-09-09
        NONE: 'None' since 2024-09-09
    """

    AUTOMATIC = "Automatic"
    NONE = "None"

ClusterNodeRecoveryLiteral = Literal[
    "Automatic",
    "None",
]

def as_ClusterNodeRecovery(value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral) -> ClusterNodeRecovery: ...
def as_ClusterNodeRecovery_opt(
    value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None,
) -> ClusterNodeRecovery | None: ...

class ClusterPatchingStrategy(OpenEnum):
    """Values of ``ClusterPatchingStrategy``. Unknown values load as ``ClusterPatchingStrategy(value)``
    with ``is_known`` False.

    Added:
        WHEN_IDLE: 'WhenIdle' since 2026-06-18
        WHEN_ALL_IDLE: 'WhenAllIdle' since 2026-06-18
    """

    WHEN_IDLE = "WhenIdle"
    WHEN_ALL_IDLE = "WhenAllIdle"

ClusterPatchingStrategyLiteral = Literal[
    "WhenIdle",
    "WhenAllIdle",
]

def as_ClusterPatchingStrategy(
    value: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral,
) -> ClusterPatchingStrategy: ...
def as_ClusterPatchingStrategy_opt(
    value: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral | None,
) -> ClusterPatchingStrategy | None: ...

class ClusterSlurmConfigStrategy(OpenEnum):
    """Values of ``ClusterSlurmConfigStrategy``. Unknown values load as
    ``ClusterSlurmConfigStrategy(value)`` with ``is_known`` False.

    Added:
        OVERWRITE: 'Overwrite' since 2026-02-13
        MANAGED: 'Managed' since 2026-02-13
        MERGE: 'Merge' since 2026-02-13
    """

    OVERWRITE = "Overwrite"
    MANAGED = "Managed"
    MERGE = "Merge"

ClusterSlurmConfigStrategyLiteral = Literal[
    "Overwrite",
    "Managed",
    "Merge",
]

def as_ClusterSlurmConfigStrategy(
    value: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral,
) -> ClusterSlurmConfigStrategy: ...
def as_ClusterSlurmConfigStrategy_opt(
    value: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral | None,
) -> ClusterSlurmConfigStrategy | None: ...

class ClusterSlurmNodeType(OpenEnum):
    """Values of ``ClusterSlurmNodeType``. Unknown values load as ``ClusterSlurmNodeType(value)`` with
    ``is_known`` False.

    Added:
        CONTROLLER: 'Controller' since 2026-02-13
        LOGIN: 'Login' since 2026-02-13
        COMPUTE: 'Compute' since 2026-02-13
    """

    CONTROLLER = "Controller"
    LOGIN = "Login"
    COMPUTE = "Compute"

ClusterSlurmNodeTypeLiteral = Literal[
    "Controller",
    "Login",
    "Compute",
]

def as_ClusterSlurmNodeType(value: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral) -> ClusterSlurmNodeType: ...
def as_ClusterSlurmNodeType_opt(
    value: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral | None,
) -> ClusterSlurmNodeType | None: ...

class ClusterSortBy(OpenEnum):
    """Values of ``ClusterSortBy``. Unknown values load as ``ClusterSortBy(value)`` with ``is_known``
    False.

    Added:
        CREATION_TIME: 'CREATION_TIME' since 2023-11-29
        NAME: 'NAME' since 2023-11-29
    """

    CREATION_TIME = "CREATION_TIME"
    NAME = "NAME"

ClusterSortByLiteral = Literal[
    "CREATION_TIME",
    "NAME",
]

def as_ClusterSortBy(value: ClusterSortBy | ClusterSortByLiteral) -> ClusterSortBy: ...
def as_ClusterSortBy_opt(value: ClusterSortBy | ClusterSortByLiteral | None) -> ClusterSortBy | None: ...

class ClusterStatus(OpenEnum):
    """Values of ``ClusterStatus``. Unknown values load as ``ClusterStatus(value)`` with ``is_known``
    False.

    Added:
        CREATING: 'Creating' since 2023-11-29
        DELETING: 'Deleting' since 2023-11-29
        FAILED: 'Failed' since 2023-11-29
        IN_SERVICE: 'InService' since 2023-11-29
        ROLLING_BACK: 'RollingBack' since 2023-11-29
        SYSTEM_UPDATING: 'SystemUpdating' since 2023-11-29
        UPDATING: 'Updating' since 2023-11-29
    """

    CREATING = "Creating"
    DELETING = "Deleting"
    FAILED = "Failed"
    IN_SERVICE = "InService"
    ROLLING_BACK = "RollingBack"
    SYSTEM_UPDATING = "SystemUpdating"
    UPDATING = "Updating"

ClusterStatusLiteral = Literal[
    "Creating",
    "Deleting",
    "Failed",
    "InService",
    "RollingBack",
    "SystemUpdating",
    "Updating",
]

def as_ClusterStatus(value: ClusterStatus | ClusterStatusLiteral) -> ClusterStatus: ...
def as_ClusterStatus_opt(value: ClusterStatus | ClusterStatusLiteral | None) -> ClusterStatus | None: ...

class CodeRepositorySortBy(OpenEnum):
    """Values of ``CodeRepositorySortBy``. Unknown values load as ``CodeRepositorySortBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-11-28
        CREATION_TIME: 'CreationTime' since 2018-11-28
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2018-11-28
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"

CodeRepositorySortByLiteral = Literal[
    "Name",
    "CreationTime",
    "LastModifiedTime",
]

def as_CodeRepositorySortBy(value: CodeRepositorySortBy | CodeRepositorySortByLiteral) -> CodeRepositorySortBy: ...
def as_CodeRepositorySortBy_opt(
    value: CodeRepositorySortBy | CodeRepositorySortByLiteral | None,
) -> CodeRepositorySortBy | None: ...

class CodeRepositorySortOrder(OpenEnum):
    """Values of ``CodeRepositorySortOrder``. Unknown values load as ``CodeRepositorySortOrder(value)``
    with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2018-11-28
        DESCENDING: 'Descending' since 2018-11-28
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

CodeRepositorySortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_CodeRepositorySortOrder(
    value: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral,
) -> CodeRepositorySortOrder: ...
def as_CodeRepositorySortOrder_opt(
    value: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral | None,
) -> CodeRepositorySortOrder | None: ...

class CollectionType(OpenEnum):
    """Values of ``CollectionType``. Unknown values load as ``CollectionType(value)`` with ``is_known``
    False.

    Added:
        LIST: 'List' since 2023-09-28
        SET: 'Set' since 2023-09-28
        VECTOR: 'Vector' since 2023-09-28
    """

    LIST = "List"
    SET = "Set"
    VECTOR = "Vector"

CollectionTypeLiteral = Literal[
    "List",
    "Set",
    "Vector",
]

def as_CollectionType(value: CollectionType | CollectionTypeLiteral) -> CollectionType: ...
def as_CollectionType_opt(value: CollectionType | CollectionTypeLiteral | None) -> CollectionType | None: ...

class CompilationJobStatus(OpenEnum):
    """Values of ``CompilationJobStatus``. Unknown values load as ``CompilationJobStatus(value)`` with
    ``is_known`` False.

    Added:
        INPROGRESS: 'INPROGRESS' since 2018-11-28
        COMPLETED: 'COMPLETED' since 2018-11-28
        FAILED: 'FAILED' since 2018-11-28
        STARTING: 'STARTING' since 2018-11-28
        STOPPING: 'STOPPING' since 2018-11-28
        STOPPED: 'STOPPED' since 2018-11-28
    """

    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

CompilationJobStatusLiteral = Literal[
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STARTING",
    "STOPPING",
    "STOPPED",
]

def as_CompilationJobStatus(value: CompilationJobStatus | CompilationJobStatusLiteral) -> CompilationJobStatus: ...
def as_CompilationJobStatus_opt(
    value: CompilationJobStatus | CompilationJobStatusLiteral | None,
) -> CompilationJobStatus | None: ...

class CompleteOnConvergence(OpenEnum):
    """Values of ``CompleteOnConvergence``. Unknown values load as ``CompleteOnConvergence(value)``
    with ``is_known`` False.

    Added:
        DISABLED: 'Disabled' since 2023-01-31
        ENABLED: 'Enabled' since 2023-01-31
    """

    DISABLED = "Disabled"
    ENABLED = "Enabled"

CompleteOnConvergenceLiteral = Literal[
    "Disabled",
    "Enabled",
]

def as_CompleteOnConvergence(value: CompleteOnConvergence | CompleteOnConvergenceLiteral) -> CompleteOnConvergence: ...
def as_CompleteOnConvergence_opt(
    value: CompleteOnConvergence | CompleteOnConvergenceLiteral | None,
) -> CompleteOnConvergence | None: ...

class CompressionType(OpenEnum):
    """Values of ``CompressionType``. Unknown values load as ``CompressionType(value)`` with
    ``is_known`` False.

    Added:
        NONE: 'None' since 2017-11-29
        GZIP: 'Gzip' since 2017-11-29
    """

    NONE = "None"
    GZIP = "Gzip"

CompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_CompressionType(value: CompressionType | CompressionTypeLiteral) -> CompressionType: ...
def as_CompressionType_opt(value: CompressionType | CompressionTypeLiteral | None) -> CompressionType | None: ...

class ConditionOutcome(OpenEnum):
    """Values of ``ConditionOutcome``. Unknown values load as ``ConditionOutcome(value)`` with
    ``is_known`` False.

    Added:
        TRUE: 'True' since 2020-12-01
        FALSE: 'False' since 2020-12-01
    """

    TRUE = "True"
    FALSE = "False"

ConditionOutcomeLiteral = Literal[
    "True",
    "False",
]

def as_ConditionOutcome(value: ConditionOutcome | ConditionOutcomeLiteral) -> ConditionOutcome: ...
def as_ConditionOutcome_opt(value: ConditionOutcome | ConditionOutcomeLiteral | None) -> ConditionOutcome | None: ...

class ContainerMode(OpenEnum):
    """Values of ``ContainerMode``. Unknown values load as ``ContainerMode(value)`` with ``is_known``
    False.

    Added:
        SINGLE_MODEL: 'SingleModel' since 2019-11-18
        MULTI_MODEL: 'MultiModel' since 2019-11-18
    """

    SINGLE_MODEL = "SingleModel"
    MULTI_MODEL = "MultiModel"

ContainerModeLiteral = Literal[
    "SingleModel",
    "MultiModel",
]

def as_ContainerMode(value: ContainerMode | ContainerModeLiteral) -> ContainerMode: ...
def as_ContainerMode_opt(value: ContainerMode | ContainerModeLiteral | None) -> ContainerMode | None: ...

class ContentClassifier(OpenEnum):
    """Values of ``ContentClassifier``. Unknown values load as ``ContentClassifier(value)`` with
    ``is_known`` False.

    Added:
        FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION: 'FreeOfPersonallyIdentifiableInformation'
            since 2018-11-28
        FREE_OF_ADULT_CONTENT: 'FreeOfAdultContent' since 2018-11-28
    """

    FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION = "FreeOfPersonallyIdentifiableInformation"
    FREE_OF_ADULT_CONTENT = "FreeOfAdultContent"

ContentClassifierLiteral = Literal[
    "FreeOfPersonallyIdentifiableInformation",
    "FreeOfAdultContent",
]

def as_ContentClassifier(value: ContentClassifier | ContentClassifierLiteral) -> ContentClassifier: ...
def as_ContentClassifier_opt(
    value: ContentClassifier | ContentClassifierLiteral | None,
) -> ContentClassifier | None: ...

class CrossAccountFilterOption(OpenEnum):
    """Values of ``CrossAccountFilterOption``. Unknown values load as
    ``CrossAccountFilterOption(value)`` with ``is_known`` False.

    Added:
        SAME_ACCOUNT: 'SameAccount' since 2023-07-20
        CROSS_ACCOUNT: 'CrossAccount' since 2023-07-20
    """

    SAME_ACCOUNT = "SameAccount"
    CROSS_ACCOUNT = "CrossAccount"

CrossAccountFilterOptionLiteral = Literal[
    "SameAccount",
    "CrossAccount",
]

def as_CrossAccountFilterOption(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral,
) -> CrossAccountFilterOption: ...
def as_CrossAccountFilterOption_opt(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None,
) -> CrossAccountFilterOption | None: ...

class CustomizationTechnique(OpenEnum):
    """Values of ``CustomizationTechnique``. Unknown values load as ``CustomizationTechnique(value)``
    with ``is_known`` False.

    Added:
        SFT: 'SFT' since 2025-12-03
        DPO: 'DPO' since 2025-12-03
        RLVR: 'RLVR' since 2025-12-03
        RLAIF: 'RLAIF' since 2025-12-03
    """

    SFT = "SFT"
    DPO = "DPO"
    RLVR = "RLVR"
    RLAIF = "RLAIF"

CustomizationTechniqueLiteral = Literal[
    "SFT",
    "DPO",
    "RLVR",
    "RLAIF",
]

def as_CustomizationTechnique(
    value: CustomizationTechnique | CustomizationTechniqueLiteral,
) -> CustomizationTechnique: ...
def as_CustomizationTechnique_opt(
    value: CustomizationTechnique | CustomizationTechniqueLiteral | None,
) -> CustomizationTechnique | None: ...
