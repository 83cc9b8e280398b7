# Generated stub. Do not edit.
# Every enum whose name starts with "R", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class RStudioServerProAccessStatus(OpenEnum):
    """Values of ``RStudioServerProAccessStatus``. Unknown values load as
    ``RStudioServerProAccessStatus(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'ENABLED' since 2021-10-28
        DISABLED: 'DISABLED' since 2021-10-28
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

RStudioServerProAccessStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_RStudioServerProAccessStatus(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral,
) -> RStudioServerProAccessStatus: ...
def as_RStudioServerProAccessStatus_opt(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None,
) -> RStudioServerProAccessStatus | None: ...

class RStudioServerProUserGroup(OpenEnum):
    """Values of ``RStudioServerProUserGroup``. Unknown values load as
    ``RStudioServerProUserGroup(value)`` with ``is_known`` False.

    Added:
        R_STUDIO_ADMIN: 'R_STUDIO_ADMIN' since 2021-10-28
        R_STUDIO_USER: 'R_STUDIO_USER' since 2021-10-28
    """

    R_STUDIO_ADMIN = "R_STUDIO_ADMIN"
    R_STUDIO_USER = "R_STUDIO_USER"

RStudioServerProUserGroupLiteral = Literal[
    "R_STUDIO_ADMIN",
    "R_STUDIO_USER",
]

def as_RStudioServerProUserGroup(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral,
) -> RStudioServerProUserGroup: ...
def as_RStudioServerProUserGroup_opt(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None,
) -> RStudioServerProUserGroup | None: ...

class RecommendationJobStatus(OpenEnum):
    """Values of ``RecommendationJobStatus``. Unknown values load as ``RecommendationJobStatus(value)``
    with ``is_known`` False.

    Added:
        PENDING: 'PENDING' since 2021-12-01
        IN_PROGRESS: 'IN_PROGRESS' since 2021-12-01
        COMPLETED: 'COMPLETED' since 2021-12-01
        FAILED: 'FAILED' since 2021-12-01
        STOPPING: 'STOPPING' since 2021-12-01
        STOPPED: 'STOPPED' since 2021-12-01
        DELETING: 'DELETING' since 2023-12-15
        DELETED: 'DELETED' since 2023-12-15
    """

    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    DELETING = "DELETING"
    DELETED = "DELETED"

RecommendationJobStatusLiteral = Literal[
    "PENDING",
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "STOPPING",
    "STOPPED",
    "DELETING",
    "DELETED",
]

def as_RecommendationJobStatus(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral,
) -> RecommendationJobStatus: ...
def as_RecommendationJobStatus_opt(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral | None,
) -> RecommendationJobStatus | None: ...

class RecommendationJobSupportedEndpointType(OpenEnum):
    """Values of ``RecommendationJobSupportedEndpointType``. Unknown values load as
    ``RecommendationJobSupportedEndpointType(value)`` with ``is_known`` False.

    Added:
        REAL_TIME: 'RealTime' since 2023-07-03
        SERVERLESS: 'Serverless' since 2023-07-03
    """

    REAL_TIME = "RealTime"
    SERVERLESS = "Serverless"

RecommendationJobSupportedEndpointTypeLiteral = Literal[
    "RealTime",
    "Serverless",
]

def as_RecommendationJobSupportedEndpointType(
    value: RecommendationJobSupportedEndpointType | RecommendationJobSupportedEndpointTypeLiteral,
) -> RecommendationJobSupportedEndpointType: ...
def as_RecommendationJobSupportedEndpointType_opt(
    value: RecommendationJobSupportedEndpointType | RecommendationJobSupportedEndpointTypeLiteral | None,
) -> RecommendationJobSupportedEndpointType | None: ...

class RecommendationJobType(OpenEnum):
    """Values of ``RecommendationJobType``. Unknown values load as ``RecommendationJobType(value)``
    with ``is_known`` False.

    Added:
        DEFAULT: 'Default' since 2021-12-01
        ADVANCED: 'Advanced' since 2021-12-01
    """

    DEFAULT = "Default"
    ADVANCED = "Advanced"

RecommendationJobTypeLiteral = Literal[
    "Default",
    "Advanced",
]

def as_RecommendationJobType(value: RecommendationJobType | RecommendationJobTypeLiteral) -> RecommendationJobType: ...
def as_RecommendationJobType_opt(
    value: RecommendationJobType | RecommendationJobTypeLiteral | None,
) -> RecommendationJobType | None: ...

class RecommendationStatus(OpenEnum):
    """Values of ``RecommendationStatus``. Unknown values load as ``RecommendationStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'IN_PROGRESS' since 2023-05-24
        COMPLETED: 'COMPLETED' since 2023-05-24
        FAILED: 'FAILED' since 2023-05-24
        NOT_APPLICABLE: 'NOT_APPLICABLE' since 2023-05-24
    """

    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_APPLICABLE = "NOT_APPLICABLE"

RecommendationStatusLiteral = Literal[
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "NOT_APPLICABLE",
]

def as_RecommendationStatus(value: RecommendationStatus | RecommendationStatusLiteral) -> RecommendationStatus: ...
def as_RecommendationStatus_opt(
    value: RecommendationStatus | RecommendationStatusLiteral | None,
) -> RecommendationStatus | None: ...

class RecommendationStepType(OpenEnum):
    """Values of ``RecommendationStepType``. Unknown values load as ``RecommendationStepType(value)``
    with ``is_known`` False.

    Added:
        BENCHMARK: 'BENCHMARK' since 2022-10-24
    """

    BENCHMARK = "BENCHMARK"

RecommendationStepTypeLiteral = Literal["BENCHMARK",]

def as_RecommendationStepType(
    value: RecommendationStepType | RecommendationStepTypeLiteral,
) -> RecommendationStepType: ...
def as_RecommendationStepType_opt(
    value: RecommendationStepType | RecommendationStepTypeLiteral | None,
) -> RecommendationStepType | None: ...

class RecordWrapper(OpenEnum):
    """Values of ``RecordWrapper``. Unknown values load as ``RecordWrapper(value)`` with ``is_known``
    False.

    Added:
        NONE: 'None' since 2017-11-29
        RECORD_IO: 'RecordIO' since 2017-11-29
    """

    NONE = "None"
    RECORD_IO = "RecordIO"

RecordWrapperLiteral = Literal[
    "None",
    "RecordIO",
]

def as_RecordWrapper(value: RecordWrapper | RecordWrapperLiteral) -> RecordWrapper: ...
def as_RecordWrapper_opt(value: RecordWrapper | RecordWrapperLiteral | None) -> RecordWrapper | None: ...

class RedshiftResultCompressionType(OpenEnum):
    """Values of ``RedshiftResultCompressionType``. Unknown values load as
    ``RedshiftResultCompressionType(value)`` with ``is_known`` False.

    Added:
        NONE: 'None' since 2020-12-01
        GZIP: 'GZIP' since 2020-12-01
        BZIP2: 'BZIP2' since 2020-12-01
        ZSTD: 'ZSTD' since 2020-12-01
        SNAPPY: 'SNAPPY' since 2020-12-01
    """

    NONE = "None"
    GZIP = "GZIP"
    BZIP2 = "BZIP2"
    ZSTD = "ZSTD"
    SNAPPY = "SNAPPY"

RedshiftResultCompressionTypeLiteral = Literal[
    "None",
    "GZIP",
    "BZIP2",
    "ZSTD",
    "SNAPPY",
]

def as_RedshiftResultCompressionType(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral,
) -> RedshiftResultCompressionType: ...
def as_RedshiftResultCompressionType_opt(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None,
) -> RedshiftResultCompressionType | None: ...

class RedshiftResultFormat(OpenEnum):
    """Values of ``RedshiftResultFormat``. Unknown values load as ``RedshiftResultFormat(value)`` with
    ``is_known`` False.

    Added:
        PARQUET: 'PARQUET' since 2020-12-01
        CSV: 'CSV' since 2020-12-01
    """

    PARQUET = "PARQUET"
    CSV = "CSV"

RedshiftResultFormatLiteral = Literal[
    "PARQUET",
    "CSV",
]

def as_RedshiftResultFormat(value: RedshiftResultFormat | RedshiftResultFormatLiteral) -> RedshiftResultFormat: ...
def as_RedshiftResultFormat_opt(
    value: RedshiftResultFormat | RedshiftResultFormatLiteral | None,
) -> RedshiftResultFormat | None: ...

class Relation(OpenEnum):
    """Values of ``Relation``. Unknown values load as ``Relation(value)`` with ``is_known`` False.

    Added:
        EQUAL_TO: 'EqualTo' since 2025-03-28
        GREATER_THAN_OR_EQUAL_TO: 'GreaterThanOrEqualTo' since 2025-03-28
    """

    EQUAL_TO = "EqualTo"
    GREATER_THAN_OR_EQUAL_TO = "GreaterThanOrEqualTo"

RelationLiteral = Literal[
    "EqualTo",
    "GreaterThanOrEqualTo",
]

def as_Relation(value: Relation | RelationLiteral) -> Relation: ...
def as_Relation_opt(value: Relation | RelationLiteral | None) -> Relation | None: ...

class RepositoryAccessMode(OpenEnum):
    """Values of ``RepositoryAccessMode``. Unknown values load as ``RepositoryAccessMode(value)`` with
    ``is_known`` False.

    Added:
        PLATFORM: 'Platform' since 2020-08-14
        VPC: 'Vpc' since 2020-08-14
    """

    PLATFORM = "Platform"
    VPC = "Vpc"

RepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

def as_RepositoryAccessMode(value: RepositoryAccessMode | RepositoryAccessModeLiteral) -> RepositoryAccessMode: ...
def as_RepositoryAccessMode_opt(
    value: RepositoryAccessMode | RepositoryAccessModeLiteral | None,
) -> RepositoryAccessMode | None: ...

class ReservedCapacityInstanceType(OpenEnum):
    """Values of ``ReservedCapacityInstanceType``. Unknown values load as
    ``ReservedCapacityInstanceType(value)`` with ``is_known`` False.

    Added:
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2024-12-04
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2024-12-04
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2024-12-04
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2024-12-04
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2025-01-16
        ML_TRN2_48XLARGE: 'ml.trn2.48xlarge' since 2024-12-04
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-06-04
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2025-07-21
        ML_P6E_GB200_36XLARGE: 'ml.p6e-gb200.36xlarge' since 2025-08-08
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2025-08-20
        ML_P6_B300_48XLARGE: 'ml.p6-b300.48xlarge' since 2025-12-17
    """

    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"

ReservedCapacityInstanceTypeLiteral = Literal[
    "ml.p4d.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.trn1.32xlarge",
    "ml.trn2.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.p4de.24xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.p5.4xlarge",
    "ml.p6-b300.48xlarge",
]

def as_ReservedCapacityInstanceType(
    value: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral,
) -> ReservedCapacityInstanceType: ...
def as_ReservedCapacityInstanceType_opt(
    value: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None,
) -> ReservedCapacityInstanceType | None: ...

class ReservedCapacityStatus(OpenEnum):
    """Values of ``ReservedCapacityStatus``. Unknown values load as ``ReservedCapacityStatus(value)``
    with ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2024-12-04
        ACTIVE: 'Active' since 2024-12-04
        SCHEDULED: 'Scheduled' since 2024-12-04
        EXPIRED: 'Expired' since 2024-12-04
        FAILED: 'Failed' since 2024-12-04
    """

    PENDING = "Pending"
    ACTIVE = "Active"
    SCHEDULED = "Scheduled"
    EXPIRED = "Expired"
    FAILED = "Failed"

ReservedCapacityStatusLiteral = Literal[
    "Pending",
    "Active",
    "Scheduled",
    "Expired",
    "Failed",
]

def as_ReservedCapacityStatus(
    value: ReservedCapacityStatus | ReservedCapacityStatusLiteral,
) -> ReservedCapacityStatus: ...
def as_ReservedCapacityStatus_opt(
    value: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None,
) -> ReservedCapacityStatus | None: ...

class ReservedCapacityType(OpenEnum):
    """Values of ``ReservedCapacityType``. Unknown values load as ``ReservedCapacityType(value)`` with
    ``is_known`` False.

    Added:
        ULTRA_SERVER: 'UltraServer' since 2025-08-08
        INSTANCE: 'Instance' since 2025-08-08
    """

    ULTRA_SERVER = "UltraServer"
    INSTANCE = "Instance"

ReservedCapacityTypeLiteral = Literal[
    "UltraServer",
    "Instance",
]

def as_ReservedCapacityType(value: ReservedCapacityType | ReservedCapacityTypeLiteral) -> ReservedCapacityType: ...
def as_ReservedCapacityType_opt(
    value: ReservedCapacityType | ReservedCapacityTypeLiteral | None,
) -> ReservedCapacityType | None: ...

class ResourceCatalogSortBy(OpenEnum):
    """Values of ``ResourceCatalogSortBy``. Unknown values load as ``ResourceCatalogSortBy(value)``
    with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2023-07-20
    """

    CREATION_TIME = "CreationTime"

ResourceCatalogSortByLiteral = Literal["CreationTime",]

def as_ResourceCatalogSortBy(value: ResourceCatalogSortBy | ResourceCatalogSortByLiteral) -> ResourceCatalogSortBy: ...
def as_ResourceCatalogSortBy_opt(
    value: ResourceCatalogSortBy | ResourceCatalogSortByLiteral | None,
) -> ResourceCatalogSortBy | None: ...

class ResourceCatalogSortOrder(OpenEnum):
    """Values of ``ResourceCatalogSortOrder``. Unknown values load as
    ``ResourceCatalogSortOrder(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2023-07-20
        DESCENDING: 'Descending' since 2023-07-20
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ResourceCatalogSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ResourceCatalogSortOrder(
    value: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral,
) -> ResourceCatalogSortOrder: ...
def as_ResourceCatalogSortOrder_opt(
    value: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral | None,
) -> ResourceCatalogSortOrder | None: ...

class ResourceSharingStrategy(OpenEnum):
    """Values of ``ResourceSharingStrategy``. Unknown values load as ``ResourceSharingStrategy(value)``
    with ``is_known`` False.

    Added:
        LEND: 'Lend' since 2024-12-04
        DONT_LEND: 'DontLend' since 2024-12-04
        LEND_AND_BORROW: 'LendAndBorrow' since 2024-12-04
    """

    LEND = "Lend"
    DONT_LEND = "DontLend"
    LEND_AND_BORROW = "LendAndBorrow"

ResourceSharingStrategyLiteral = Literal[
    "Lend",
    "DontLend",
    "LendAndBorrow",
]

def as_ResourceSharingStrategy(
    value: ResourceSharingStrategy | ResourceSharingStrategyLiteral,
) -> ResourceSharingStrategy: ...
def as_ResourceSharingStrategy_opt(
    value: ResourceSharingStrategy | ResourceSharingStrategyLiteral | None,
) -> ResourceSharingStrategy | None: ...

class ResourceType(OpenEnum):
    """Values of ``ResourceType``. Unknown values load as ``ResourceType(value)`` with ``is_known``
    False.

    Added:
        TRAINING_JOB: 'TrainingJob' since 2018-11-28
        EXPERIMENT: 'Experiment' since 2019-12-04
        EXPERIMENT_TRIAL: 'ExperimentTrial' since 2019-12-04
        EXPERIMENT_TRIAL_COMPONENT: 'ExperimentTrialComponent' since 2019-12-04
        ENDPOINT: 'Endpoint' since 2020-12-01
        MODEL: 'Model' since 2022-11-30
        MODEL_PACKAGE: 'ModelPackage' since 2020-12-01
        MODEL_PACKAGE_GROUP: 'ModelPackageGroup' since 2020-12-01
        PIPELINE: 'Pipeline' since 2020-12-01
        PIPELINE_EXECUTION: 'PipelineExecution' since 2020-12-01
        FEATURE_GROUP: 'FeatureGroup' since 2020-12-01
        FEATURE_METADATA: 'FeatureMetadata' since 2022-06-29
        IMAGE: 'Image' since 2023-12-15
        IMAGE_VERSION: 'ImageVersion' since 2023-12-15
        PROJECT: 'Project' since 2021-09-14
        HYPER_PARAMETER_TUNING_JOB: 'HyperParameterTuningJob' since 2022-09-06
        MODEL_CARD: 'ModelCard' since 2022-11-30
        PIPELINE_VERSION: 'PipelineVersion' since 2025-07-15
        JOB: 'Job' since 2026-06-04
    """

    TRAINING_JOB = "TrainingJob"
    EXPERIMENT = "Experiment"
    EXPERIMENT_TRIAL = "ExperimentTrial"
    EXPERIMENT_TRIAL_COMPONENT = "ExperimentTrialComponent"
    ENDPOINT = "Endpoint"
    MODEL = "Model"
    MODEL_PACKAGE = "ModelPackage"
    MODEL_PACKAGE_GROUP = "ModelPackageGroup"
    PIPELINE = "Pipeline"
    PIPELINE_EXECUTION = "PipelineExecution"
    FEATURE_GROUP = "FeatureGroup"
    FEATURE_METADATA = "FeatureMetadata"
    IMAGE = "Image"
    IMAGE_VERSION = "ImageVersion"
    PROJECT = "Project"
    HYPER_PARAMETER_TUNING_JOB = "HyperParameterTuningJob"
    MODEL_CARD = "ModelCard"
    PIPELINE_VERSION = "PipelineVersion"
    JOB = "Job"

ResourceTypeLiteral = Literal[
    "TrainingJob",
    "Experiment",
    "ExperimentTrial",
    "ExperimentTrialComponent",
    "Endpoint",
    "Model",
    "ModelPackage",
    "ModelPackageGroup",
    "Pipeline",
    "PipelineExecution",
    "FeatureGroup",
    "FeatureMetadata",
    "Image",
    "ImageVersion",
    "Project",
    "HyperParameterTuningJob",
    "ModelCard",
    "PipelineVersion",
    "Job",
]

def as_ResourceType(value: ResourceType | ResourceTypeLiteral) -> ResourceType: ...
def as_ResourceType_opt(value: ResourceType | ResourceTypeLiteral | None) -> ResourceType | None: ...

class RetentionType(OpenEnum):
    """Values of ``RetentionType``. Unknown values load as ``RetentionType(value)`` with ``is_known``
    False.

    Added:
        RETAIN: 'Retain' since 2019-12-04
        DELETE: 'Delete' since 2019-12-04
    """

    RETAIN = "Retain"
    DELETE = "Delete"

RetentionTypeLiteral = Literal[
    "Retain",
    "Delete",
]

def as_RetentionType(value: RetentionType | RetentionTypeLiteral) -> RetentionType: ...
def as_RetentionType_opt(value: RetentionType | RetentionTypeLiteral | None) -> RetentionType | None: ...

class RootAccess(OpenEnum):
    """Values of ``RootAccess``. Unknown values load as ``RootAccess(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2019-03-08
        DISABLED: 'Disabled' since 2019-03-08
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

RootAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_RootAccess(value: RootAccess | RootAccessLiteral) -> RootAccess: ...
def as_RootAccess_opt(value: RootAccess | RootAccessLiteral | None) -> RootAccess | None: ...

class RoutingStrategy(OpenEnum):
    """Values of ``RoutingStrategy``. Unknown values load as ``RoutingStrategy(value)`` with
    ``is_known`` False.

    Added:
        LEAST_OUTSTANDING_REQUESTS: 'LEAST_OUTSTANDING_REQUESTS' since 2023-11-29
        RANDOM: 'RANDOM' since 2023-11-29
    """

    LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS"
    RANDOM = "RANDOM"

RoutingStrategyLiteral = Literal[
    "LEAST_OUTSTANDING_REQUESTS",
    "RANDOM",
]

def as_RoutingStrategy(value: RoutingStrategy | RoutingStrategyLiteral) -> RoutingStrategy: ...
def as_RoutingStrategy_opt(value: RoutingStrategy | RoutingStrategyLiteral | None) -> RoutingStrategy | None: ...

class RuleEvaluationStatus(OpenEnum):
    """Values of ``RuleEvaluationStatus``. Unknown values load as ``RuleEvaluationStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2019-12-04
        NO_ISSUES_FOUND: 'NoIssuesFound' since 2019-12-04
        ISSUES_FOUND: 'IssuesFound' since 2019-12-04
        ERROR: 'Error' since 2019-12-04
        STOPPING: 'Stopping' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
    """

    IN_PROGRESS = "InProgress"
    NO_ISSUES_FOUND = "NoIssuesFound"
    ISSUES_FOUND = "IssuesFound"
    ERROR = "Error"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

RuleEvaluationStatusLiteral = Literal[
    "InProgress",
    "NoIssuesFound",
    "IssuesFound",
    "Error",
    "Stopping",
    "Stopped",
]

def as_RuleEvaluationStatus(value: RuleEvaluationStatus | RuleEvaluationStatusLiteral) -> RuleEvaluationStatus: ...
def as_RuleEvaluationStatus_opt(
    value: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None,
) -> RuleEvaluationStatus | None: ...
