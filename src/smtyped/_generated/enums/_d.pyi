# Generated stub. Do not edit.
# Every enum whose name starts with "D", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class DataDistributionType(OpenEnum):
    """Values of ``DataDistributionType``. Unknown values load as ``DataDistributionType(value)`` with
    ``is_known`` False.

    Added:
        FULLY_REPLICATED: 'FullyReplicated' since 2020-12-01
        SHARDED_BY_S3_KEY: 'ShardedByS3Key' since 2020-12-01
    """

    FULLY_REPLICATED = "FullyReplicated"
    SHARDED_BY_S3_KEY = "ShardedByS3Key"

DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_DataDistributionType(value: DataDistributionType | DataDistributionTypeLiteral) -> DataDistributionType: ...
def as_DataDistributionType_opt(
    value: DataDistributionType | DataDistributionTypeLiteral | None,
) -> DataDistributionType | None: ...

class DataSourceName(OpenEnum):
    """Values of ``DataSourceName``. Unknown values load as ``DataSourceName(value)`` with ``is_known``
    False.

    Added:
        SALESFORCE_GENIE: 'SalesforceGenie' since 2023-08-30
        SNOWFLAKE: 'Snowflake' since 2023-08-30
    """

    SALESFORCE_GENIE = "SalesforceGenie"
    SNOWFLAKE = "Snowflake"

DataSourceNameLiteral = Literal[
    "SalesforceGenie",
    "Snowflake",
]

def as_DataSourceName(value: DataSourceName | DataSourceNameLiteral) -> DataSourceName: ...
def as_DataSourceName_opt(value: DataSourceName | DataSourceNameLiteral | None) -> DataSourceName | None: ...

class DeepHealthCheckType(OpenEnum):
    """Values of ``DeepHealthCheckType``. Unknown values load as ``DeepHealthCheckType(value)`` with
    ``is_known`` False.

    Added:
        INSTANCE_STRESS: 'InstanceStress' since 2024-09-09
        INSTANCE_CONNECTIVITY: 'InstanceConnectivity' since 2024-09-09
    """

    INSTANCE_STRESS = "InstanceStress"
    INSTANCE_CONNECTIVITY = "InstanceConnectivity"

DeepHealthCheckTypeLiteral = Literal[
    "InstanceStress",
    "InstanceConnectivity",
]

def as_DeepHealthCheckType(value: DeepHealthCheckType | DeepHealthCheckTypeLiteral) -> DeepHealthCheckType: ...
def as_DeepHealthCheckType_opt(
    value: DeepHealthCheckType | DeepHealthCheckTypeLiteral | None,
) -> DeepHealthCheckType | None: ...

class DetailedAlgorithmStatus(OpenEnum):
    """Values of ``DetailedAlgorithmStatus``. Unknown values load as ``DetailedAlgorithmStatus(value)``
    with ``is_known`` False.

    Added:
        NOT_STARTED: 'NotStarted' since 2018-11-28
        IN_PROGRESS: 'InProgress' since 2018-11-28
        COMPLETED: 'Completed' since 2018-11-28
        FAILED: 'Failed' since 2018-11-28
    """

    NOT_STARTED = "NotStarted"
    IN_PROGRESS = "InProgress"
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
    """Values of ``DetailedModelPackageStatus``. Unknown values load as
    ``DetailedModelPackageStatus(value)`` with ``is_known`` False.

    Added:
        NOT_STARTED: 'NotStarted' since 2018-11-28
        IN_PROGRESS: 'InProgress' since 2018-11-28
        COMPLETED: 'Completed' since 2018-11-28
        FAILED: 'Failed' since 2018-11-28
    """

    NOT_STARTED = "NotStarted"
    IN_PROGRESS = "InProgress"
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

class DeviceDeploymentStatus(OpenEnum):
    """Values of ``DeviceDeploymentStatus``. Unknown values load as ``DeviceDeploymentStatus(value)``
    with ``is_known`` False.

    Added:
        READYTODEPLOY: 'READYTODEPLOY' since 2022-07-18
        INPROGRESS: 'INPROGRESS' since 2022-07-18
        DEPLOYED: 'DEPLOYED' since 2022-07-18
        FAILED: 'FAILED' since 2022-07-18
        STOPPING: 'STOPPING' since 2022-07-18
        STOPPED: 'STOPPED' since 2022-07-18
    """

    READYTODEPLOY = "READYTODEPLOY"
    INPROGRESS = "INPROGRESS"
    DEPLOYED = "DEPLOYED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

DeviceDeploymentStatusLiteral = Literal[
    "READYTODEPLOY",
    "INPROGRESS",
    "DEPLOYED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_DeviceDeploymentStatus(
    value: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral,
) -> DeviceDeploymentStatus: ...
def as_DeviceDeploymentStatus_opt(
    value: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral | None,
) -> DeviceDeploymentStatus | None: ...

class DeviceSubsetType(OpenEnum):
    """Values of ``DeviceSubsetType``. Unknown values load as ``DeviceSubsetType(value)`` with
    ``is_known`` False.

    Added:
        PERCENTAGE: 'PERCENTAGE' since 2022-07-18
        SELECTION: 'SELECTION' since 2022-07-18
        NAMECONTAINS: 'NAMECONTAINS' since 2022-07-18
    """

    PERCENTAGE = "PERCENTAGE"
    SELECTION = "SELECTION"
    NAMECONTAINS = "NAMECONTAINS"

DeviceSubsetTypeLiteral = Literal[
    "PERCENTAGE",
    "SELECTION",
    "NAMECONTAINS",
]

def as_DeviceSubsetType(value: DeviceSubsetType | DeviceSubsetTypeLiteral) -> DeviceSubsetType: ...
def as_DeviceSubsetType_opt(value: DeviceSubsetType | DeviceSubsetTypeLiteral | None) -> DeviceSubsetType | None: ...

class DirectInternetAccess(OpenEnum):
    """Values of ``DirectInternetAccess``. Unknown values load as ``DirectInternetAccess(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2018-03-15
        DISABLED: 'Disabled' since 2018-03-15
    """

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

class Direction(OpenEnum):
    """Values of ``Direction``. Unknown values load as ``Direction(value)`` with ``is_known`` False.

    Added:
        BOTH: 'Both' since 2021-12-01
        ASCENDANTS: 'Ascendants' since 2021-12-01
        DESCENDANTS: 'Descendants' since 2021-12-01
    """

    BOTH = "Both"
    ASCENDANTS = "Ascendants"
    DESCENDANTS = "Descendants"

DirectionLiteral = Literal[
    "Both",
    "Ascendants",
    "Descendants",
]

def as_Direction(value: Direction | DirectionLiteral) -> Direction: ...
def as_Direction_opt(value: Direction | DirectionLiteral | None) -> Direction | None: ...

class DomainStatus(OpenEnum):
    """Values of ``DomainStatus``. Unknown values load as ``DomainStatus(value)`` with ``is_known``
    False.

    Added:
        DELETING: 'Deleting' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        IN_SERVICE: 'InService' since 2019-12-04
        PENDING: 'Pending' since 2019-12-04
        UPDATING: 'Updating' since 2020-10-26
        UPDATE_FAILED: 'Update_Failed' since 2020-10-26
        DELETE_FAILED: 'Delete_Failed' since 2020-10-26
    """

    DELETING = "Deleting"
    FAILED = "Failed"
    IN_SERVICE = "InService"
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
