# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ManagedInstanceScalingScaleInStrategy(OpenEnum):
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

class MetricSetSource(OpenEnum):
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

class ModelApprovalStatus(OpenEnum):
    APPROVED = "Approved"
    REJECTED = "Rejected"
    PENDINGMANUALAPPROVAL = "PendingManualApproval"

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

class ModelCardProcessingStatus(OpenEnum):
    DELETEINPROGRESS = "DeleteInProgress"
    DELETEPENDING = "DeletePending"
    CONTENTDELETED = "ContentDeleted"
    EXPORTJOBSDELETED = "ExportJobsDeleted"
    DELETECOMPLETED = "DeleteCompleted"
    DELETEFAILED = "DeleteFailed"

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

class ModelCardStatus(OpenEnum):
    DRAFT = "Draft"
    PENDINGREVIEW = "PendingReview"
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

class ModelCompressionType(OpenEnum):
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

class ModelPackageGroupSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

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
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

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
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelPackageSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelPackageSortBy(value: ModelPackageSortBy | ModelPackageSortByLiteral) -> ModelPackageSortBy: ...
def as_ModelPackageSortBy_opt(
    value: ModelPackageSortBy | ModelPackageSortByLiteral | None,
) -> ModelPackageSortBy | None: ...

class ModelPackageStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
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

class MonitoringAlertStatus(OpenEnum):
    INALERT = "InAlert"
    OK = "OK"

MonitoringAlertStatusLiteral = Literal[
    "InAlert",
    "OK",
]

def as_MonitoringAlertStatus(value: MonitoringAlertStatus | MonitoringAlertStatusLiteral) -> MonitoringAlertStatus: ...
def as_MonitoringAlertStatus_opt(
    value: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None,
) -> MonitoringAlertStatus | None: ...

class MonitoringType(OpenEnum):
    DATAQUALITY = "DataQuality"
    MODELQUALITY = "ModelQuality"
    MODELBIAS = "ModelBias"
    MODELEXPLAINABILITY = "ModelExplainability"

MonitoringTypeLiteral = Literal[
    "DataQuality",
    "ModelQuality",
    "ModelBias",
    "ModelExplainability",
]

def as_MonitoringType(value: MonitoringType | MonitoringTypeLiteral) -> MonitoringType: ...
def as_MonitoringType_opt(value: MonitoringType | MonitoringTypeLiteral | None) -> MonitoringType | None: ...
