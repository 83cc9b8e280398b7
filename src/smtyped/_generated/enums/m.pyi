# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class ManagedInstanceScalingScaleInStrategy(OpenEnum):
    IDLE_RELEASE = "IDLE_RELEASE"
    CONSOLIDATION = "CONSOLIDATION"

ManagedInstanceScalingScaleInStrategyLiteral = Literal[
    "IDLE_RELEASE",
    "CONSOLIDATION",
]

class ManagedInstanceScalingStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

ManagedInstanceScalingStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

class MetricSetSource(OpenEnum):
    TRAIN = "Train"
    VALIDATION = "Validation"
    TEST = "Test"

MetricSetSourceLiteral = Literal[
    "Train",
    "Validation",
    "Test",
]

class ModelApprovalStatus(OpenEnum):
    APPROVED = "Approved"
    REJECTED = "Rejected"
    PENDINGMANUALAPPROVAL = "PendingManualApproval"

ModelApprovalStatusLiteral = Literal[
    "Approved",
    "Rejected",
    "PendingManualApproval",
]

class ModelCacheSetting(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

ModelCacheSettingLiteral = Literal[
    "Enabled",
    "Disabled",
]

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

class ModelCompressionType(OpenEnum):
    NONE = "None"
    GZIP = "Gzip"

ModelCompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

class ModelPackageGroupSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelPackageGroupSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

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

class ModelPackageRegistrationType(OpenEnum):
    LOGGED = "Logged"
    REGISTERED = "Registered"

ModelPackageRegistrationTypeLiteral = Literal[
    "Logged",
    "Registered",
]

class ModelPackageSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelPackageSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

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

class ModelPackageType(OpenEnum):
    VERSIONED = "Versioned"
    UNVERSIONED = "Unversioned"
    BOTH = "Both"

ModelPackageTypeLiteral = Literal[
    "Versioned",
    "Unversioned",
    "Both",
]

class MonitoringAlertStatus(OpenEnum):
    INALERT = "InAlert"
    OK = "OK"

MonitoringAlertStatusLiteral = Literal[
    "InAlert",
    "OK",
]

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
