# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DataDistributionType(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_DataDistributionType(value: DataDistributionType | DataDistributionTypeLiteral) -> DataDistributionType: ...
def as_DataDistributionType_opt(
    value: DataDistributionType | DataDistributionTypeLiteral | None,
) -> DataDistributionType | None: ...

class DeepHealthCheckType(OpenEnum):
    INSTANCESTRESS = "InstanceStress"
    INSTANCECONNECTIVITY = "InstanceConnectivity"

DeepHealthCheckTypeLiteral = Literal[
    "InstanceStress",
    "InstanceConnectivity",
]

def as_DeepHealthCheckType(value: DeepHealthCheckType | DeepHealthCheckTypeLiteral) -> DeepHealthCheckType: ...
def as_DeepHealthCheckType_opt(
    value: DeepHealthCheckType | DeepHealthCheckTypeLiteral | None,
) -> DeepHealthCheckType | None: ...

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

def as_DetailedAlgorithmStatus(
    value: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral,
) -> DetailedAlgorithmStatus: ...
def as_DetailedAlgorithmStatus_opt(
    value: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral | None,
) -> DetailedAlgorithmStatus | None: ...

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

def as_DetailedModelPackageStatus(
    value: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral,
) -> DetailedModelPackageStatus: ...
def as_DetailedModelPackageStatus_opt(
    value: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral | None,
) -> DetailedModelPackageStatus | None: ...

class DirectInternetAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

DirectInternetAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_DirectInternetAccess(value: DirectInternetAccess | DirectInternetAccessLiteral) -> DirectInternetAccess: ...
def as_DirectInternetAccess_opt(
    value: DirectInternetAccess | DirectInternetAccessLiteral | None,
) -> DirectInternetAccess | None: ...

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

def as_DomainStatus(value: DomainStatus | DomainStatusLiteral) -> DomainStatus: ...
def as_DomainStatus_opt(value: DomainStatus | DomainStatusLiteral | None) -> DomainStatus | None: ...
