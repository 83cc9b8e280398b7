# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class DataDistributionType(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

class DeepHealthCheckType(OpenEnum):
    INSTANCESTRESS = "InstanceStress"
    INSTANCECONNECTIVITY = "InstanceConnectivity"

DeepHealthCheckTypeLiteral = Literal[
    "InstanceStress",
    "InstanceConnectivity",
]

class DetailedAlgorithmStatus(OpenEnum):
    NOTSTARTED = "NotStarted"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

DetailedAlgorithmStatusLiteral = Literal[
    "NotStarted",
    "InProgress",
    "Completed",
    "Failed",
]

class DetailedModelPackageStatus(OpenEnum):
    NOTSTARTED = "NotStarted"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

DetailedModelPackageStatusLiteral = Literal[
    "NotStarted",
    "InProgress",
    "Completed",
    "Failed",
]

class DirectInternetAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

DirectInternetAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

class DomainStatus(OpenEnum):
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"
    UPDATING = "Updating"
    UPDATE_FAILED = "Update_Failed"
    DELETE_FAILED = "Delete_Failed"

DomainStatusLiteral = Literal[
    "Deleting",
    "Failed",
    "InService",
    "Pending",
    "Updating",
    "Update_Failed",
    "Delete_Failed",
]
