# Generated stub. Do not edit.
# Every enum whose name starts with "M", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class MIGProfileType(OpenEnum):
    """Values of ``MIGProfileType``. Unknown values load as ``MIGProfileType(value)`` with ``is_known``
    False.

    Added:
        MIG_1G_5GB: 'mig-1g.5gb' since 2025-11-20
        MIG_1G_10GB: 'mig-1g.10gb' since 2025-11-20
        MIG_1G_18GB: 'mig-1g.18gb' since 2025-11-20
        MIG_1G_20GB: 'mig-1g.20gb' since 2025-11-20
        MIG_1G_23GB: 'mig-1g.23gb' since 2025-11-20
        MIG_1G_35GB: 'mig-1g.35gb' since 2025-11-20
        MIG_1G_45GB: 'mig-1g.45gb' since 2025-11-20
        MIG_1G_47GB: 'mig-1g.47gb' since 2025-11-20
        MIG_2G_10GB: 'mig-2g.10gb' since 2025-11-20
        MIG_2G_20GB: 'mig-2g.20gb' since 2025-11-20
        MIG_2G_35GB: 'mig-2g.35gb' since 2025-11-20
        MIG_2G_45GB: 'mig-2g.45gb' since 2025-11-20
        MIG_2G_47GB: 'mig-2g.47gb' since 2025-11-20
        MIG_3G_20GB: 'mig-3g.20gb' since 2025-11-20
        MIG_3G_40GB: 'mig-3g.40gb' since 2025-11-20
        MIG_3G_71GB: 'mig-3g.71gb' since 2025-11-20
        MIG_3G_90GB: 'mig-3g.90gb' since 2025-11-20
        MIG_3G_93GB: 'mig-3g.93gb' since 2025-11-20
        MIG_4G_20GB: 'mig-4g.20gb' since 2025-11-20
        MIG_4G_40GB: 'mig-4g.40gb' since 2025-11-20
        MIG_4G_71GB: 'mig-4g.71gb' since 2025-11-20
        MIG_4G_90GB: 'mig-4g.90gb' since 2025-11-20
        MIG_4G_93GB: 'mig-4g.93gb' since 2025-11-20
        MIG_7G_40GB: 'mig-7g.40gb' since 2025-11-20
        MIG_7G_80GB: 'mig-7g.80gb' since 2025-11-20
        MIG_7G_141GB: 'mig-7g.141gb' since 2025-11-20
        MIG_7G_180GB: 'mig-7g.180gb' since 2025-11-20
        MIG_7G_186GB: 'mig-7g.186gb' since 2025-11-20
    """

    MIG_1G_5GB = "mig-1g.5gb"
    MIG_1G_10GB = "mig-1g.10gb"
    MIG_1G_18GB = "mig-1g.18gb"
    MIG_1G_20GB = "mig-1g.20gb"
    MIG_1G_23GB = "mig-1g.23gb"
    MIG_1G_35GB = "mig-1g.35gb"
    MIG_1G_45GB = "mig-1g.45gb"
    MIG_1G_47GB = "mig-1g.47gb"
    MIG_2G_10GB = "mig-2g.10gb"
    MIG_2G_20GB = "mig-2g.20gb"
    MIG_2G_35GB = "mig-2g.35gb"
    MIG_2G_45GB = "mig-2g.45gb"
    MIG_2G_47GB = "mig-2g.47gb"
    MIG_3G_20GB = "mig-3g.20gb"
    MIG_3G_40GB = "mig-3g.40gb"
    MIG_3G_71GB = "mig-3g.71gb"
    MIG_3G_90GB = "mig-3g.90gb"
    MIG_3G_93GB = "mig-3g.93gb"
    MIG_4G_20GB = "mig-4g.20gb"
    MIG_4G_40GB = "mig-4g.40gb"
    MIG_4G_71GB = "mig-4g.71gb"
    MIG_4G_90GB = "mig-4g.90gb"
    MIG_4G_93GB = "mig-4g.93gb"
    MIG_7G_40GB = "mig-7g.40gb"
    MIG_7G_80GB = "mig-7g.80gb"
    MIG_7G_141GB = "mig-7g.141gb"
    MIG_7G_180GB = "mig-7g.180gb"
    MIG_7G_186GB = "mig-7g.186gb"

MIGProfileTypeLiteral = Literal[
    "mig-1g.5gb",
    "mig-1g.10gb",
    "mig-1g.18gb",
    "mig-1g.20gb",
    "mig-1g.23gb",
    "mig-1g.35gb",
    "mig-1g.45gb",
    "mig-1g.47gb",
    "mig-2g.10gb",
    "mig-2g.20gb",
    "mig-2g.35gb",
    "mig-2g.45gb",
    "mig-2g.47gb",
    "mig-3g.20gb",
    "mig-3g.40gb",
    "mig-3g.71gb",
    "mig-3g.90gb",
    "mig-3g.93gb",
    "mig-4g.20gb",
    "mig-4g.40gb",
    "mig-4g.71gb",
    "mig-4g.90gb",
    "mig-4g.93gb",
    "mig-7g.40gb",
    "mig-7g.80gb",
    "mig-7g.141gb",
    "mig-7g.180gb",
    "mig-7g.186gb",
]

def as_MIGProfileType(value: MIGProfileType | MIGProfileTypeLiteral) -> MIGProfileType: ...
def as_MIGProfileType_opt(value: MIGProfileType | MIGProfileTypeLiteral | None) -> MIGProfileType | None: ...

class MaintenanceStatus(OpenEnum):
    """Values of ``MaintenanceStatus``. Unknown values load as ``MaintenanceStatus(value)`` with
    ``is_known`` False.

    Added:
        MAINTENANCE_IN_PROGRESS: 'MaintenanceInProgress' since 2025-12-02
        MAINTENANCE_COMPLETE: 'MaintenanceComplete' since 2025-12-02
        MAINTENANCE_FAILED: 'MaintenanceFailed' since 2025-12-02
    """

    MAINTENANCE_IN_PROGRESS = "MaintenanceInProgress"
    MAINTENANCE_COMPLETE = "MaintenanceComplete"
    MAINTENANCE_FAILED = "MaintenanceFailed"

MaintenanceStatusLiteral = Literal[
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_MaintenanceStatus(value: MaintenanceStatus | MaintenanceStatusLiteral) -> MaintenanceStatus: ...
def as_MaintenanceStatus_opt(
    value: MaintenanceStatus | MaintenanceStatusLiteral | None,
) -> MaintenanceStatus | None: ...

class ManagedInstanceScalingScaleInStrategy(OpenEnum):
    """Values of ``ManagedInstanceScalingScaleInStrategy``. Unknown values load as
    ``ManagedInstanceScalingScaleInStrategy(value)`` with ``is_known`` False.

    Added:
        IDLE_RELEASE: 'IDLE_RELEASE' since 2026-03-30
        CONSOLIDATION: 'CONSOLIDATION' since 2026-03-30
    """

    IDLE_RELEASE = "IDLE_RELEASE"
    CONSOLIDATION = "CONSOLIDATION"

ManagedInstanceScalingScaleInStrategyLiteral = Literal[
    "IDLE_RELEASE",
    "CONSOLIDATION",
]

def as_ManagedInstanceScalingScaleInStrategy(
    value: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral,
) -> ManagedInstanceScalingScaleInStrategy: ...
def as_ManagedInstanceScalingScaleInStrategy_opt(
    value: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral | None,
) -> ManagedInstanceScalingScaleInStrategy | None: ...

class ManagedInstanceScalingStatus(OpenEnum):
    """Values of ``ManagedInstanceScalingStatus``. Unknown values load as
    ``ManagedInstanceScalingStatus(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'ENABLED' since 2023-11-29
        DISABLED: 'DISABLED' since 2023-11-29
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

ManagedInstanceScalingStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_ManagedInstanceScalingStatus(
    value: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral,
) -> ManagedInstanceScalingStatus: ...
def as_ManagedInstanceScalingStatus_opt(
    value: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral | None,
) -> ManagedInstanceScalingStatus | None: ...

class ManagedStorageType(OpenEnum):
    """Values of ``ManagedStorageType``. Unknown values load as ``ManagedStorageType(value)`` with
    ``is_known`` False.

    Added:
        RESTRICTED: 'Restricted' since 2026-05-13
    """

    RESTRICTED = "Restricted"

ManagedStorageTypeLiteral = Literal["Restricted",]

def as_ManagedStorageType(value: ManagedStorageType | ManagedStorageTypeLiteral) -> ManagedStorageType: ...
def as_ManagedStorageType_opt(
    value: ManagedStorageType | ManagedStorageTypeLiteral | None,
) -> ManagedStorageType | None: ...

class MetricSetSource(OpenEnum):
    """Values of ``MetricSetSource``. Unknown values load as ``MetricSetSource(value)`` with
    ``is_known`` False.

    Added:
        TRAIN: 'Train' since 2021-08-12
        VALIDATION: 'Validation' since 2021-08-12
        TEST: 'Test' since 2021-08-12
    """

    TRAIN = "Train"
    VALIDATION = "Validation"
    TEST = "Test"

MetricSetSourceLiteral = Literal[
    "Train",
    "Validation",
    "Test",
]

def as_MetricSetSource(value: MetricSetSource | MetricSetSourceLiteral) -> MetricSetSource: ...
def as_MetricSetSource_opt(value: MetricSetSource | MetricSetSourceLiteral | None) -> MetricSetSource | None: ...

class MlTools(OpenEnum):
    """Values of ``MlTools``. Unknown values load as ``MlTools(value)`` with ``is_known`` False.

    Added:
        DATA_WRANGLER: 'DataWrangler' since 2024-06-27
        FEATURE_STORE: 'FeatureStore' since 2024-06-27
        EMR_CLUSTERS: 'EmrClusters' since 2024-06-27
        AUTO_ML: 'AutoMl' since 2024-06-27
        EXPERIMENTS: 'Experiments' since 2024-06-27
        TRAINING: 'Training' since 2024-06-27
        MODEL_EVALUATION: 'ModelEvaluation' since 2024-06-27
        PIPELINES: 'Pipelines' since 2024-06-27
        MODELS: 'Models' since 2024-06-27
        JUMP_START: 'JumpStart' since 2024-06-27
        INFERENCE_RECOMMENDER: 'InferenceRecommender' since 2024-06-27
        ENDPOINTS: 'Endpoints' since 2024-06-27
        PROJECTS: 'Projects' since 2024-06-27
        INFERENCE_OPTIMIZATION: 'InferenceOptimization' since 2024-08-12
        PERFORMANCE_EVALUATION: 'PerformanceEvaluation' since 2024-09-24
        LAKERA_GUARD: 'LakeraGuard' since 2024-12-04
        COMET: 'Comet' since 2024-12-04
        DEEPCHECKS_LLM_EVALUATION: 'DeepchecksLLMEvaluation' since 2024-12-04
        FIDDLER: 'Fiddler' since 2024-12-04
        HYPER_POD_CLUSTERS: 'HyperPodClusters' since 2024-12-04
        RUNNING_INSTANCES: 'RunningInstances' since 2025-12-02
        DATASETS: 'Datasets' since 2025-12-02
        EVALUATORS: 'Evaluators' since 2025-12-02
    """

    DATA_WRANGLER = "DataWrangler"
    FEATURE_STORE = "FeatureStore"
    EMR_CLUSTERS = "EmrClusters"
    AUTO_ML = "AutoMl"
    EXPERIMENTS = "Experiments"
    TRAINING = "Training"
    MODEL_EVALUATION = "ModelEvaluation"
    PIPELINES = "Pipelines"
    MODELS = "Models"
    JUMP_START = "JumpStart"
    INFERENCE_RECOMMENDER = "InferenceRecommender"
    ENDPOINTS = "Endpoints"
    PROJECTS = "Projects"
    INFERENCE_OPTIMIZATION = "InferenceOptimization"
    PERFORMANCE_EVALUATION = "PerformanceEvaluation"
    LAKERA_GUARD = "LakeraGuard"
    COMET = "Comet"
    DEEPCHECKS_LLM_EVALUATION = "DeepchecksLLMEvaluation"
    FIDDLER = "Fiddler"
    HYPER_POD_CLUSTERS = "HyperPodClusters"
    RUNNING_INSTANCES = "RunningInstances"
    DATASETS = "Datasets"
    EVALUATORS = "Evaluators"

MlToolsLiteral = Literal[
    "DataWrangler",
    "FeatureStore",
    "EmrClusters",
    "AutoMl",
    "Experiments",
    "Training",
    "ModelEvaluation",
    "Pipelines",
    "Models",
    "JumpStart",
    "InferenceRecommender",
    "Endpoints",
    "Projects",
    "InferenceOptimization",
    "PerformanceEvaluation",
    "LakeraGuard",
    "Comet",
    "DeepchecksLLMEvaluation",
    "Fiddler",
    "HyperPodClusters",
    "RunningInstances",
    "Datasets",
    "Evaluators",
]

def as_MlTools(value: MlTools | MlToolsLiteral) -> MlTools: ...
def as_MlTools_opt(value: MlTools | MlToolsLiteral | None) -> MlTools | None: ...

class MlflowAppStatus(OpenEnum):
    """Values of ``MlflowAppStatus``. Unknown values load as ``MlflowAppStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2025-12-02
        CREATED: 'Created' since 2025-12-02
        CREATE_FAILED: 'CreateFailed' since 2025-12-02
        UPDATING: 'Updating' since 2025-12-02
        UPDATED: 'Updated' since 2025-12-02
        UPDATE_FAILED: 'UpdateFailed' since 2025-12-02
        DELETING: 'Deleting' since 2025-12-02
        DELETE_FAILED: 'DeleteFailed' since 2025-12-02
        DELETED: 'Deleted' since 2025-12-02
    """

    CREATING = "Creating"
    CREATED = "Created"
    CREATE_FAILED = "CreateFailed"
    UPDATING = "Updating"
    UPDATED = "Updated"
    UPDATE_FAILED = "UpdateFailed"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"
    DELETED = "Deleted"

MlflowAppStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Updating",
    "Updated",
    "UpdateFailed",
    "Deleting",
    "DeleteFailed",
    "Deleted",
]

def as_MlflowAppStatus(value: MlflowAppStatus | MlflowAppStatusLiteral) -> MlflowAppStatus: ...
def as_MlflowAppStatus_opt(value: MlflowAppStatus | MlflowAppStatusLiteral | None) -> MlflowAppStatus | None: ...

class ModelApprovalStatus(OpenEnum):
    """Values of ``ModelApprovalStatus``. Unknown values load as ``ModelApprovalStatus(value)`` with
    ``is_known`` False.

    Added:
        APPROVED: 'Approved' since 2020-12-01
        REJECTED: 'Rejected' since 2020-12-01
        PENDING_MANUAL_APPROVAL: 'PendingManualApproval' since 2020-12-01
    """

    APPROVED = "Approved"
    REJECTED = "Rejected"
    PENDING_MANUAL_APPROVAL = "PendingManualApproval"

ModelApprovalStatusLiteral = Literal[
    "Approved",
    "Rejected",
    "PendingManualApproval",
]

def as_ModelApprovalStatus(value: ModelApprovalStatus | ModelApprovalStatusLiteral) -> ModelApprovalStatus: ...
def as_ModelApprovalStatus_opt(
    value: ModelApprovalStatus | ModelApprovalStatusLiteral | None,
) -> ModelApprovalStatus | None: ...

class ModelCacheSetting(OpenEnum):
    """Values of ``ModelCacheSetting``. Unknown values load as ``ModelCacheSetting(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2021-01-14
        DISABLED: 'Disabled' since 2021-01-14
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

ModelCacheSettingLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ModelCacheSetting(value: ModelCacheSetting | ModelCacheSettingLiteral) -> ModelCacheSetting: ...
def as_ModelCacheSetting_opt(
    value: ModelCacheSetting | ModelCacheSettingLiteral | None,
) -> ModelCacheSetting | None: ...

class ModelCardExportJobSortBy(OpenEnum):
    """Values of ``ModelCardExportJobSortBy``. Unknown values load as
    ``ModelCardExportJobSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2022-11-30
        CREATION_TIME: 'CreationTime' since 2022-11-30
        STATUS: 'Status' since 2022-11-30
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ModelCardExportJobSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ModelCardExportJobSortBy(
    value: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral,
) -> ModelCardExportJobSortBy: ...
def as_ModelCardExportJobSortBy_opt(
    value: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral | None,
) -> ModelCardExportJobSortBy | None: ...

class ModelCardExportJobSortOrder(OpenEnum):
    """Values of ``ModelCardExportJobSortOrder``. Unknown values load as
    ``ModelCardExportJobSortOrder(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2022-11-30
        DESCENDING: 'Descending' since 2022-11-30
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ModelCardExportJobSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ModelCardExportJobSortOrder(
    value: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral,
) -> ModelCardExportJobSortOrder: ...
def as_ModelCardExportJobSortOrder_opt(
    value: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral | None,
) -> ModelCardExportJobSortOrder | None: ...

class ModelCardExportJobStatus(OpenEnum):
    """Values of ``ModelCardExportJobStatus``. Unknown values load as
    ``ModelCardExportJobStatus(value)`` with ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2022-11-30
        COMPLETED: 'Completed' since 2022-11-30
        FAILED: 'Failed' since 2022-11-30
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

ModelCardExportJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
]

def as_ModelCardExportJobStatus(
    value: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral,
) -> ModelCardExportJobStatus: ...
def as_ModelCardExportJobStatus_opt(
    value: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None,
) -> ModelCardExportJobStatus | None: ...

class ModelCardProcessingStatus(OpenEnum):
    """Values of ``ModelCardProcessingStatus``. Unknown values load as
    ``ModelCardProcessingStatus(value)`` with ``is_known`` False.

    Added:
        DELETE_IN_PROGRESS: 'DeleteInProgress' since 2022-11-30
        DELETE_PENDING: 'DeletePending' since 2022-11-30
        CONTENT_DELETED: 'ContentDeleted' since 2022-11-30
        EXPORT_JOBS_DELETED: 'ExportJobsDeleted' since 2022-11-30
        DELETE_COMPLETED: 'DeleteCompleted' since 2022-11-30
        DELETE_FAILED: 'DeleteFailed' since 2022-11-30
    """

    DELETE_IN_PROGRESS = "DeleteInProgress"
    DELETE_PENDING = "DeletePending"
    CONTENT_DELETED = "ContentDeleted"
    EXPORT_JOBS_DELETED = "ExportJobsDeleted"
    DELETE_COMPLETED = "DeleteCompleted"
    DELETE_FAILED = "DeleteFailed"

ModelCardProcessingStatusLiteral = Literal[
    "DeleteInProgress",
    "DeletePending",
    "ContentDeleted",
    "ExportJobsDeleted",
    "DeleteCompleted",
    "DeleteFailed",
]

def as_ModelCardProcessingStatus(
    value: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral,
) -> ModelCardProcessingStatus: ...
def as_ModelCardProcessingStatus_opt(
    value: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral | None,
) -> ModelCardProcessingStatus | None: ...

class ModelCardSortBy(OpenEnum):
    """Values of ``ModelCardSortBy``. Unknown values load as ``ModelCardSortBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2022-11-30
        CREATION_TIME: 'CreationTime' since 2022-11-30
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ModelCardSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelCardSortBy(value: ModelCardSortBy | ModelCardSortByLiteral) -> ModelCardSortBy: ...
def as_ModelCardSortBy_opt(value: ModelCardSortBy | ModelCardSortByLiteral | None) -> ModelCardSortBy | None: ...

class ModelCardSortOrder(OpenEnum):
    """Values of ``ModelCardSortOrder``. Unknown values load as ``ModelCardSortOrder(value)`` with
    ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2022-11-30
        DESCENDING: 'Descending' since 2022-11-30
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ModelCardSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ModelCardSortOrder(value: ModelCardSortOrder | ModelCardSortOrderLiteral) -> ModelCardSortOrder: ...
def as_ModelCardSortOrder_opt(
    value: ModelCardSortOrder | ModelCardSortOrderLiteral | None,
) -> ModelCardSortOrder | None: ...

class ModelCardStatus(OpenEnum):
    """Values of ``ModelCardStatus``. Unknown values load as ``ModelCardStatus(value)`` with
    ``is_known`` False.

    Added:
        DRAFT: 'Draft' since 2022-11-30
        PENDING_REVIEW: 'PendingReview' since 2022-11-30
        APPROVED: 'Approved' since 2022-11-30
        ARCHIVED: 'Archived' since 2022-11-30
    """

    DRAFT = "Draft"
    PENDING_REVIEW = "PendingReview"
    APPROVED = "Approved"
    ARCHIVED = "Archived"

ModelCardStatusLiteral = Literal[
    "Draft",
    "PendingReview",
    "Approved",
    "Archived",
]

def as_ModelCardStatus(value: ModelCardStatus | ModelCardStatusLiteral) -> ModelCardStatus: ...
def as_ModelCardStatus_opt(value: ModelCardStatus | ModelCardStatusLiteral | None) -> ModelCardStatus | None: ...

class ModelCardVersionSortBy(OpenEnum):
    """Values of ``ModelCardVersionSortBy``. Unknown values load as ``ModelCardVersionSortBy(value)``
    with ``is_known`` False.

    Added:
        VERSION: 'Version' since 2022-11-30
    """

    VERSION = "Version"

ModelCardVersionSortByLiteral = Literal["Version",]

def as_ModelCardVersionSortBy(
    value: ModelCardVersionSortBy | ModelCardVersionSortByLiteral,
) -> ModelCardVersionSortBy: ...
def as_ModelCardVersionSortBy_opt(
    value: ModelCardVersionSortBy | ModelCardVersionSortByLiteral | None,
) -> ModelCardVersionSortBy | None: ...

class ModelCompressionType(OpenEnum):
    """Values of ``ModelCompressionType``. Unknown values load as ``ModelCompressionType(value)`` with
    ``is_known`` False.

    Added:
        NONE: 'None' since 2023-06-21
        GZIP: 'Gzip' since 2023-06-21
    """

    NONE = "None"
    GZIP = "Gzip"

ModelCompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_ModelCompressionType(value: ModelCompressionType | ModelCompressionTypeLiteral) -> ModelCompressionType: ...
def as_ModelCompressionType_opt(
    value: ModelCompressionType | ModelCompressionTypeLiteral | None,
) -> ModelCompressionType | None: ...

class ModelInfrastructureType(OpenEnum):
    """Values of ``ModelInfrastructureType``. Unknown values load as ``ModelInfrastructureType(value)``
    with ``is_known`` False.

    Added:
        REAL_TIME_INFERENCE: 'RealTimeInference' since 2022-11-30
    """

    REAL_TIME_INFERENCE = "RealTimeInference"

ModelInfrastructureTypeLiteral = Literal["RealTimeInference",]

def as_ModelInfrastructureType(
    value: ModelInfrastructureType | ModelInfrastructureTypeLiteral,
) -> ModelInfrastructureType: ...
def as_ModelInfrastructureType_opt(
    value: ModelInfrastructureType | ModelInfrastructureTypeLiteral | None,
) -> ModelInfrastructureType | None: ...

class ModelMetadataFilterType(OpenEnum):
    """Values of ``ModelMetadataFilterType``. Unknown values load as ``ModelMetadataFilterType(value)``
    with ``is_known`` False.

    Added:
        DOMAIN: 'Domain' since 2021-12-01
        FRAMEWORK: 'Framework' since 2021-12-01
        TASK: 'Task' since 2021-12-01
        FRAMEWORK_VERSION: 'FrameworkVersion' since 2021-12-01
    """

    DOMAIN = "Domain"
    FRAMEWORK = "Framework"
    TASK = "Task"
    FRAMEWORK_VERSION = "FrameworkVersion"

ModelMetadataFilterTypeLiteral = Literal[
    "Domain",
    "Framework",
    "Task",
    "FrameworkVersion",
]

def as_ModelMetadataFilterType(
    value: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral,
) -> ModelMetadataFilterType: ...
def as_ModelMetadataFilterType_opt(
    value: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral | None,
) -> ModelMetadataFilterType | None: ...

class ModelPackageGroupSortBy(OpenEnum):
    """Values of ``ModelPackageGroupSortBy``. Unknown values load as ``ModelPackageGroupSortBy(value)``
    with ``is_known`` False.

    Added:
        NAME: 'Name' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ModelPackageGroupSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelPackageGroupSortBy(
    value: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral,
) -> ModelPackageGroupSortBy: ...
def as_ModelPackageGroupSortBy_opt(
    value: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None,
) -> ModelPackageGroupSortBy | None: ...

class ModelPackageGroupStatus(OpenEnum):
    """Values of ``ModelPackageGroupStatus``. Unknown values load as ``ModelPackageGroupStatus(value)``
    with ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2020-12-01
        IN_PROGRESS: 'InProgress' since 2020-12-01
        COMPLETED: 'Completed' since 2020-12-01
        FAILED: 'Failed' since 2020-12-01
        DELETING: 'Deleting' since 2020-12-01
        DELETE_FAILED: 'DeleteFailed' since 2020-12-01
    """

    PENDING = "Pending"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"

ModelPackageGroupStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
    "DeleteFailed",
]

def as_ModelPackageGroupStatus(
    value: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral,
) -> ModelPackageGroupStatus: ...
def as_ModelPackageGroupStatus_opt(
    value: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None,
) -> ModelPackageGroupStatus | None: ...

class ModelPackageRegistrationType(OpenEnum):
    """Values of ``ModelPackageRegistrationType``. Unknown values load as
    ``ModelPackageRegistrationType(value)`` with ``is_known`` False.

    Added:
        LOGGED: 'Logged' since 2025-12-03
        REGISTERED: 'Registered' since 2025-12-03
    """

    LOGGED = "Logged"
    REGISTERED = "Registered"

ModelPackageRegistrationTypeLiteral = Literal[
    "Logged",
    "Registered",
]

def as_ModelPackageRegistrationType(
    value: ModelPackageRegistrationType | ModelPackageRegistrationTypeLiteral,
) -> ModelPackageRegistrationType: ...
def as_ModelPackageRegistrationType_opt(
    value: ModelPackageRegistrationType | ModelPackageRegistrationTypeLiteral | None,
) -> ModelPackageRegistrationType | None: ...

class ModelPackageSortBy(OpenEnum):
    """Values of ``ModelPackageSortBy``. Unknown values load as ``ModelPackageSortBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-11-28
        CREATION_TIME: 'CreationTime' since 2018-11-28
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ModelPackageSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelPackageSortBy(value: ModelPackageSortBy | ModelPackageSortByLiteral) -> ModelPackageSortBy: ...
def as_ModelPackageSortBy_opt(
    value: ModelPackageSortBy | ModelPackageSortByLiteral | None,
) -> ModelPackageSortBy | None: ...

class ModelPackageStatus(OpenEnum):
    """Values of ``ModelPackageStatus``. Unknown values load as ``ModelPackageStatus(value)`` with
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

ModelPackageStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
]

def as_ModelPackageStatus(value: ModelPackageStatus | ModelPackageStatusLiteral) -> ModelPackageStatus: ...
def as_ModelPackageStatus_opt(
    value: ModelPackageStatus | ModelPackageStatusLiteral | None,
) -> ModelPackageStatus | None: ...

class ModelPackageType(OpenEnum):
    """Values of ``ModelPackageType``. Unknown values load as ``ModelPackageType(value)`` with
    ``is_known`` False.

    Added:
        VERSIONED: 'Versioned' since 2020-12-01
        UNVERSIONED: 'Unversioned' since 2020-12-01
        BOTH: 'Both' since 2020-12-01
    """

    VERSIONED = "Versioned"
    UNVERSIONED = "Unversioned"
    BOTH = "Both"

ModelPackageTypeLiteral = Literal[
    "Versioned",
    "Unversioned",
    "Both",
]

def as_ModelPackageType(value: ModelPackageType | ModelPackageTypeLiteral) -> ModelPackageType: ...
def as_ModelPackageType_opt(value: ModelPackageType | ModelPackageTypeLiteral | None) -> ModelPackageType | None: ...

class ModelRegistrationMode(OpenEnum):
    """Values of ``ModelRegistrationMode``. Unknown values load as ``ModelRegistrationMode(value)``
    with ``is_known`` False.

    Added:
        AUTO_MODEL_REGISTRATION_ENABLED: 'AutoModelRegistrationEnabled' since 2025-12-02
        AUTO_MODEL_REGISTRATION_DISABLED: 'AutoModelRegistrationDisabled' since 2025-12-02
    """

    AUTO_MODEL_REGISTRATION_ENABLED = "AutoModelRegistrationEnabled"
    AUTO_MODEL_REGISTRATION_DISABLED = "AutoModelRegistrationDisabled"

ModelRegistrationModeLiteral = Literal[
    "AutoModelRegistrationEnabled",
    "AutoModelRegistrationDisabled",
]

def as_ModelRegistrationMode(value: ModelRegistrationMode | ModelRegistrationModeLiteral) -> ModelRegistrationMode: ...
def as_ModelRegistrationMode_opt(
    value: ModelRegistrationMode | ModelRegistrationModeLiteral | None,
) -> ModelRegistrationMode | None: ...

class ModelSortKey(OpenEnum):
    """Values of ``ModelSortKey``. Unknown values load as ``ModelSortKey(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2017-11-29
        CREATION_TIME: 'CreationTime' since 2017-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ModelSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelSortKey(value: ModelSortKey | ModelSortKeyLiteral) -> ModelSortKey: ...
def as_ModelSortKey_opt(value: ModelSortKey | ModelSortKeyLiteral | None) -> ModelSortKey | None: ...

class ModelSpeculativeDecodingS3DataType(OpenEnum):
    """Values of ``ModelSpeculativeDecodingS3DataType``. Unknown values load as
    ``ModelSpeculativeDecodingS3DataType(value)`` with ``is_known`` False.

    Added:
        S3_PREFIX: 'S3Prefix' since 2025-11-21
        MANIFEST_FILE: 'ManifestFile' since 2025-11-21
    """

    S3_PREFIX = "S3Prefix"
    MANIFEST_FILE = "ManifestFile"

ModelSpeculativeDecodingS3DataTypeLiteral = Literal[
    "S3Prefix",
    "ManifestFile",
]

def as_ModelSpeculativeDecodingS3DataType(
    value: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral,
) -> ModelSpeculativeDecodingS3DataType: ...
def as_ModelSpeculativeDecodingS3DataType_opt(
    value: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral | None,
) -> ModelSpeculativeDecodingS3DataType | None: ...

class ModelSpeculativeDecodingTechnique(OpenEnum):
    """Values of ``ModelSpeculativeDecodingTechnique``. Unknown values load as
    ``ModelSpeculativeDecodingTechnique(value)`` with ``is_known`` False.

    Added:
        EAGLE: 'EAGLE' since 2025-11-21
    """

    EAGLE = "EAGLE"

ModelSpeculativeDecodingTechniqueLiteral = Literal["EAGLE",]

def as_ModelSpeculativeDecodingTechnique(
    value: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral,
) -> ModelSpeculativeDecodingTechnique: ...
def as_ModelSpeculativeDecodingTechnique_opt(
    value: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral | None,
) -> ModelSpeculativeDecodingTechnique | None: ...

class ModelVariantAction(OpenEnum):
    """Values of ``ModelVariantAction``. Unknown values load as ``ModelVariantAction(value)`` with
    ``is_known`` False.

    Added:
        RETAIN: 'Retain' since 2022-11-30
        REMOVE: 'Remove' since 2022-11-30
        PROMOTE: 'Promote' since 2022-11-30
    """

    RETAIN = "Retain"
    REMOVE = "Remove"
    PROMOTE = "Promote"

ModelVariantActionLiteral = Literal[
    "Retain",
    "Remove",
    "Promote",
]

def as_ModelVariantAction(value: ModelVariantAction | ModelVariantActionLiteral) -> ModelVariantAction: ...
def as_ModelVariantAction_opt(
    value: ModelVariantAction | ModelVariantActionLiteral | None,
) -> ModelVariantAction | None: ...

class ModelVariantStatus(OpenEnum):
    """Values of ``ModelVariantStatus``. Unknown values load as ``ModelVariantStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2022-11-30
        UPDATING: 'Updating' since 2022-11-30
        IN_SERVICE: 'InService' since 2022-11-30
        DELETING: 'Deleting' since 2022-11-30
        DELETED: 'Deleted' since 2022-11-30
    """

    CREATING = "Creating"
    UPDATING = "Updating"
    IN_SERVICE = "InService"
    DELETING = "Deleting"
    DELETED = "Deleted"

ModelVariantStatusLiteral = Literal[
    "Creating",
    "Updating",
    "InService",
    "Deleting",
    "Deleted",
]

def as_ModelVariantStatus(value: ModelVariantStatus | ModelVariantStatusLiteral) -> ModelVariantStatus: ...
def as_ModelVariantStatus_opt(
    value: ModelVariantStatus | ModelVariantStatusLiteral | None,
) -> ModelVariantStatus | None: ...

class MonitoringAlertHistorySortKey(OpenEnum):
    """Values of ``MonitoringAlertHistorySortKey``. Unknown values load as
    ``MonitoringAlertHistorySortKey(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2022-11-30
        STATUS: 'Status' since 2022-11-30
    """

    CREATION_TIME = "CreationTime"
    STATUS = "Status"

MonitoringAlertHistorySortKeyLiteral = Literal[
    "CreationTime",
    "Status",
]

def as_MonitoringAlertHistorySortKey(
    value: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral,
) -> MonitoringAlertHistorySortKey: ...
def as_MonitoringAlertHistorySortKey_opt(
    value: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral | None,
) -> MonitoringAlertHistorySortKey | None: ...

class MonitoringAlertStatus(OpenEnum):
    """Values of ``MonitoringAlertStatus``. Unknown values load as ``MonitoringAlertStatus(value)``
    with ``is_known`` False.

    Added:
        IN_ALERT: 'InAlert' since 2022-11-30
        OK: 'OK' since 2022-11-30
    """

    IN_ALERT = "InAlert"
    OK = "OK"

MonitoringAlertStatusLiteral = Literal[
    "InAlert",
    "OK",
]

def as_MonitoringAlertStatus(value: MonitoringAlertStatus | MonitoringAlertStatusLiteral) -> MonitoringAlertStatus: ...
def as_MonitoringAlertStatus_opt(
    value: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None,
) -> MonitoringAlertStatus | None: ...

class MonitoringExecutionSortKey(OpenEnum):
    """Values of ``MonitoringExecutionSortKey``. Unknown values load as
    ``MonitoringExecutionSortKey(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2019-12-04
        SCHEDULED_TIME: 'ScheduledTime' since 2019-12-04
        STATUS: 'Status' since 2019-12-04
    """

    CREATION_TIME = "CreationTime"
    SCHEDULED_TIME = "ScheduledTime"
    STATUS = "Status"

MonitoringExecutionSortKeyLiteral = Literal[
    "CreationTime",
    "ScheduledTime",
    "Status",
]

def as_MonitoringExecutionSortKey(
    value: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral,
) -> MonitoringExecutionSortKey: ...
def as_MonitoringExecutionSortKey_opt(
    value: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral | None,
) -> MonitoringExecutionSortKey | None: ...

class MonitoringJobDefinitionSortKey(OpenEnum):
    """Values of ``MonitoringJobDefinitionSortKey``. Unknown values load as
    ``MonitoringJobDefinitionSortKey(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2020-12-08
        CREATION_TIME: 'CreationTime' since 2020-12-08
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

MonitoringJobDefinitionSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_MonitoringJobDefinitionSortKey(
    value: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral,
) -> MonitoringJobDefinitionSortKey: ...
def as_MonitoringJobDefinitionSortKey_opt(
    value: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None,
) -> MonitoringJobDefinitionSortKey | None: ...

class MonitoringProblemType(OpenEnum):
    """Values of ``MonitoringProblemType``. Unknown values load as ``MonitoringProblemType(value)``
    with ``is_known`` False.

    Added:
        BINARY_CLASSIFICATION: 'BinaryClassification' since 2020-12-08
        MULTICLASS_CLASSIFICATION: 'MulticlassClassification' since 2020-12-08
        REGRESSION: 'Regression' since 2020-12-08
    """

    BINARY_CLASSIFICATION = "BinaryClassification"
    MULTICLASS_CLASSIFICATION = "MulticlassClassification"
    REGRESSION = "Regression"

MonitoringProblemTypeLiteral = Literal[
    "BinaryClassification",
    "MulticlassClassification",
    "Regression",
]

def as_MonitoringProblemType(value: MonitoringProblemType | MonitoringProblemTypeLiteral) -> MonitoringProblemType: ...
def as_MonitoringProblemType_opt(
    value: MonitoringProblemType | MonitoringProblemTypeLiteral | None,
) -> MonitoringProblemType | None: ...

class MonitoringScheduleSortKey(OpenEnum):
    """Values of ``MonitoringScheduleSortKey``. Unknown values load as
    ``MonitoringScheduleSortKey(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2019-12-04
        CREATION_TIME: 'CreationTime' since 2019-12-04
        STATUS: 'Status' since 2019-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

MonitoringScheduleSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_MonitoringScheduleSortKey(
    value: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral,
) -> MonitoringScheduleSortKey: ...
def as_MonitoringScheduleSortKey_opt(
    value: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral | None,
) -> MonitoringScheduleSortKey | None: ...

class MonitoringType(OpenEnum):
    """Values of ``MonitoringType``. Unknown values load as ``MonitoringType(value)`` with ``is_known``
    False.

    Added:
        DATA_QUALITY: 'DataQuality' since 2020-12-08
        MODEL_QUALITY: 'ModelQuality' since 2020-12-08
        MODEL_BIAS: 'ModelBias' since 2020-12-08
        MODEL_EXPLAINABILITY: 'ModelExplainability' since 2020-12-08
    """

    DATA_QUALITY = "DataQuality"
    MODEL_QUALITY = "ModelQuality"
    MODEL_BIAS = "ModelBias"
    MODEL_EXPLAINABILITY = "ModelExplainability"

MonitoringTypeLiteral = Literal[
    "DataQuality",
    "ModelQuality",
    "ModelBias",
    "ModelExplainability",
]

def as_MonitoringType(value: MonitoringType | MonitoringTypeLiteral) -> MonitoringType: ...
def as_MonitoringType_opt(value: MonitoringType | MonitoringTypeLiteral | None) -> MonitoringType | None: ...
