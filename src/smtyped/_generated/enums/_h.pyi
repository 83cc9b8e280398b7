# Generated stub. Do not edit.
# Every enum whose name starts with "H", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class HomeEfsFileSystemCreation(OpenEnum):
    """Values of ``HomeEfsFileSystemCreation``. Unknown values load as
    ``HomeEfsFileSystemCreation(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2026-05-21
        DISABLED: 'Disabled' since 2026-05-21
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

HomeEfsFileSystemCreationLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_HomeEfsFileSystemCreation(
    value: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral,
) -> HomeEfsFileSystemCreation: ...
def as_HomeEfsFileSystemCreation_opt(
    value: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None,
) -> HomeEfsFileSystemCreation | None: ...

class HubContentSortBy(OpenEnum):
    """Values of ``HubContentSortBy``. Unknown values load as ``HubContentSortBy(value)`` with
    ``is_known`` False.

    Added:
        HUB_CONTENT_NAME: 'HubContentName' since 2022-11-30
        CREATION_TIME: 'CreationTime' since 2022-11-30
        HUB_CONTENT_STATUS: 'HubContentStatus' since 2022-11-30
    """

    HUB_CONTENT_NAME = "HubContentName"
    CREATION_TIME = "CreationTime"
    HUB_CONTENT_STATUS = "HubContentStatus"

HubContentSortByLiteral = Literal[
    "HubContentName",
    "CreationTime",
    "HubContentStatus",
]

def as_HubContentSortBy(value: HubContentSortBy | HubContentSortByLiteral) -> HubContentSortBy: ...
def as_HubContentSortBy_opt(value: HubContentSortBy | HubContentSortByLiteral | None) -> HubContentSortBy | None: ...

class HubContentStatus(OpenEnum):
    """Values of ``HubContentStatus``. Unknown values load as ``HubContentStatus(value)`` with
    ``is_known`` False.

    Added:
        AVAILABLE: 'Available' since 2022-11-30
        IMPORTING: 'Importing' since 2022-11-30
        DELETING: 'Deleting' since 2022-11-30
        IMPORT_FAILED: 'ImportFailed' since 2022-11-30
        DELETE_FAILED: 'DeleteFailed' since 2022-11-30
        PENDING_IMPORT: 'PendingImport' since 2025-12-02
        PENDING_DELETE: 'PendingDelete' since 2025-12-02
    """

    AVAILABLE = "Available"
    IMPORTING = "Importing"
    DELETING = "Deleting"
    IMPORT_FAILED = "ImportFailed"
    DELETE_FAILED = "DeleteFailed"
    PENDING_IMPORT = "PendingImport"
    PENDING_DELETE = "PendingDelete"

HubContentStatusLiteral = Literal[
    "Available",
    "Importing",
    "Deleting",
    "ImportFailed",
    "DeleteFailed",
    "PendingImport",
    "PendingDelete",
]

def as_HubContentStatus(value: HubContentStatus | HubContentStatusLiteral) -> HubContentStatus: ...
def as_HubContentStatus_opt(value: HubContentStatus | HubContentStatusLiteral | None) -> HubContentStatus | None: ...

class HubContentSupportStatus(OpenEnum):
    """Values of ``HubContentSupportStatus``. Unknown values load as ``HubContentSupportStatus(value)``
    with ``is_known`` False.

    Added:
        SUPPORTED: 'Supported' since 2024-06-20
        DEPRECATED: 'Deprecated' since 2024-06-20
        RESTRICTED: 'Restricted' since 2025-02-27
    """

    SUPPORTED = "Supported"
    DEPRECATED = "Deprecated"
    RESTRICTED = "Restricted"

HubContentSupportStatusLiteral = Literal[
    "Supported",
    "Deprecated",
    "Restricted",
]

def as_HubContentSupportStatus(
    value: HubContentSupportStatus | HubContentSupportStatusLiteral,
) -> HubContentSupportStatus: ...
def as_HubContentSupportStatus_opt(
    value: HubContentSupportStatus | HubContentSupportStatusLiteral | None,
) -> HubContentSupportStatus | None: ...

class HubContentType(OpenEnum):
    """Values of ``HubContentType``. Unknown values load as ``HubContentType(value)`` with ``is_known``
    False.

    Added:
        MODEL: 'Model' since 2022-11-30
        NOTEBOOK: 'Notebook' since 2022-11-30
        MODEL_REFERENCE: 'ModelReference' since 2024-06-20
        DATA_SET: 'DataSet' since 2025-12-02
        JSON_DOC: 'JsonDoc' since 2025-12-02
    """

    MODEL = "Model"
    NOTEBOOK = "Notebook"
    MODEL_REFERENCE = "ModelReference"
    DATA_SET = "DataSet"
    JSON_DOC = "JsonDoc"

HubContentTypeLiteral = Literal[
    "Model",
    "Notebook",
    "ModelReference",
    "DataSet",
    "JsonDoc",
]

def as_HubContentType(value: HubContentType | HubContentTypeLiteral) -> HubContentType: ...
def as_HubContentType_opt(value: HubContentType | HubContentTypeLiteral | None) -> HubContentType | None: ...

class HubSortBy(OpenEnum):
    """Values of ``HubSortBy``. Unknown values load as ``HubSortBy(value)`` with ``is_known`` False.

    Added:
        HUB_NAME: 'HubName' since 2022-11-30
        CREATION_TIME: 'CreationTime' since 2022-11-30
        HUB_STATUS: 'HubStatus' since 2022-11-30
        ACCOUNT_ID_OWNER: 'AccountIdOwner' since 2022-11-30
    """

    HUB_NAME = "HubName"
    CREATION_TIME = "CreationTime"
    HUB_STATUS = "HubStatus"
    ACCOUNT_ID_OWNER = "AccountIdOwner"

HubSortByLiteral = Literal[
    "HubName",
    "CreationTime",
    "HubStatus",
    "AccountIdOwner",
]

def as_HubSortBy(value: HubSortBy | HubSortByLiteral) -> HubSortBy: ...
def as_HubSortBy_opt(value: HubSortBy | HubSortByLiteral | None) -> HubSortBy | None: ...

class HubStatus(OpenEnum):
    """Values of ``HubStatus``. Unknown values load as ``HubStatus(value)`` with ``is_known`` False.

    Added:
        IN_SERVICE: 'InService' since 2022-11-30
        CREATING: 'Creating' since 2022-11-30
        UPDATING: 'Updating' since 2022-11-30
        DELETING: 'Deleting' since 2022-11-30
        CREATE_FAILED: 'CreateFailed' since 2022-11-30
        UPDATE_FAILED: 'UpdateFailed' since 2022-11-30
        DELETE_FAILED: 'DeleteFailed' since 2022-11-30
    """

    IN_SERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    CREATE_FAILED = "CreateFailed"
    UPDATE_FAILED = "UpdateFailed"
    DELETE_FAILED = "DeleteFailed"

HubStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Deleting",
    "CreateFailed",
    "UpdateFailed",
    "DeleteFailed",
]

def as_HubStatus(value: HubStatus | HubStatusLiteral) -> HubStatus: ...
def as_HubStatus_opt(value: HubStatus | HubStatusLiteral | None) -> HubStatus | None: ...

class HumanTaskUiStatus(OpenEnum):
    """Values of ``HumanTaskUiStatus``. Unknown values load as ``HumanTaskUiStatus(value)`` with
    ``is_known`` False.

    Added:
        ACTIVE: 'Active' since 2020-07-09
        DELETING: 'Deleting' since 2020-07-09
    """

    ACTIVE = "Active"
    DELETING = "Deleting"

HumanTaskUiStatusLiteral = Literal[
    "Active",
    "Deleting",
]

def as_HumanTaskUiStatus(value: HumanTaskUiStatus | HumanTaskUiStatusLiteral) -> HumanTaskUiStatus: ...
def as_HumanTaskUiStatus_opt(
    value: HumanTaskUiStatus | HumanTaskUiStatusLiteral | None,
) -> HumanTaskUiStatus | None: ...

class HyperParameterScalingType(OpenEnum):
    """Values of ``HyperParameterScalingType``. Unknown values load as
    ``HyperParameterScalingType(value)`` with ``is_known`` False.

    Added:
        AUTO: 'Auto' since 2019-03-14
        LINEAR: 'Linear' since 2019-03-14
        LOGARITHMIC: 'Logarithmic' since 2019-03-14
        REVERSE_LOGARITHMIC: 'ReverseLogarithmic' since 2019-03-14
    """

    AUTO = "Auto"
    LINEAR = "Linear"
    LOGARITHMIC = "Logarithmic"
    REVERSE_LOGARITHMIC = "ReverseLogarithmic"

HyperParameterScalingTypeLiteral = Literal[
    "Auto",
    "Linear",
    "Logarithmic",
    "ReverseLogarithmic",
]

def as_HyperParameterScalingType(
    value: HyperParameterScalingType | HyperParameterScalingTypeLiteral,
) -> HyperParameterScalingType: ...
def as_HyperParameterScalingType_opt(
    value: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None,
) -> HyperParameterScalingType | None: ...

class HyperParameterTuningAllocationStrategy(OpenEnum):
    """Values of ``HyperParameterTuningAllocationStrategy``. Unknown values load as
    ``HyperParameterTuningAllocationStrategy(value)`` with ``is_known`` False.

    Added:
        PRIORITIZED: 'Prioritized' since 2022-08-09
    """

    PRIORITIZED = "Prioritized"

HyperParameterTuningAllocationStrategyLiteral = Literal["Prioritized",]

def as_HyperParameterTuningAllocationStrategy(
    value: HyperParameterTuningAllocationStrategy | HyperParameterTuningAllocationStrategyLiteral,
) -> HyperParameterTuningAllocationStrategy: ...
def as_HyperParameterTuningAllocationStrategy_opt(
    value: HyperParameterTuningAllocationStrategy | HyperParameterTuningAllocationStrategyLiteral | None,
) -> HyperParameterTuningAllocationStrategy | None: ...

class HyperParameterTuningJobObjectiveType(OpenEnum):
    """Values of ``HyperParameterTuningJobObjectiveType``. Unknown values load as
    ``HyperParameterTuningJobObjectiveType(value)`` with ``is_known`` False.

    Added:
        MAXIMIZE: 'Maximize' since 2018-06-04
        MINIMIZE: 'Minimize' since 2018-06-04
    """

    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

HyperParameterTuningJobObjectiveTypeLiteral = Literal[
    "Maximize",
    "Minimize",
]

def as_HyperParameterTuningJobObjectiveType(
    value: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral,
) -> HyperParameterTuningJobObjectiveType: ...
def as_HyperParameterTuningJobObjectiveType_opt(
    value: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral | None,
) -> HyperParameterTuningJobObjectiveType | None: ...

class HyperParameterTuningJobSortByOptions(OpenEnum):
    """Values of ``HyperParameterTuningJobSortByOptions``. Unknown values load as
    ``HyperParameterTuningJobSortByOptions(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-06-04
        STATUS: 'Status' since 2018-06-04
        CREATION_TIME: 'CreationTime' since 2018-06-04
    """

    NAME = "Name"
    STATUS = "Status"
    CREATION_TIME = "CreationTime"

HyperParameterTuningJobSortByOptionsLiteral = Literal[
    "Name",
    "Status",
    "CreationTime",
]

def as_HyperParameterTuningJobSortByOptions(
    value: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral,
) -> HyperParameterTuningJobSortByOptions: ...
def as_HyperParameterTuningJobSortByOptions_opt(
    value: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral | None,
) -> HyperParameterTuningJobSortByOptions | None: ...

class HyperParameterTuningJobStatus(OpenEnum):
    """Values of ``HyperParameterTuningJobStatus``. Unknown values load as
    ``HyperParameterTuningJobStatus(value)`` with ``is_known`` False.

    Added:
        COMPLETED: 'Completed' since 2018-06-04
        IN_PROGRESS: 'InProgress' since 2018-06-04
        FAILED: 'Failed' since 2018-06-04
        STOPPED: 'Stopped' since 2018-06-04
        STOPPING: 'Stopping' since 2018-06-04
        DELETING: 'Deleting' since 2023-12-15
        DELETE_FAILED: 'DeleteFailed' since 2023-12-15
    """

    COMPLETED = "Completed"
    IN_PROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"

HyperParameterTuningJobStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
    "Deleting",
    "DeleteFailed",
]

def as_HyperParameterTuningJobStatus(
    value: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral,
) -> HyperParameterTuningJobStatus: ...
def as_HyperParameterTuningJobStatus_opt(
    value: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral | None,
) -> HyperParameterTuningJobStatus | None: ...

class HyperParameterTuningJobStrategyType(OpenEnum):
    """Values of ``HyperParameterTuningJobStrategyType``. Unknown values load as
    ``HyperParameterTuningJobStrategyType(value)`` with ``is_known`` False.

    Added:
        BAYESIAN: 'Bayesian' since 2018-06-04
        RANDOM: 'Random' since 2019-03-14
        HYPERBAND: 'Hyperband' since 2022-09-15
        GRID: 'Grid' since 2022-10-26
    """

    BAYESIAN = "Bayesian"
    RANDOM = "Random"
    HYPERBAND = "Hyperband"
    GRID = "Grid"

HyperParameterTuningJobStrategyTypeLiteral = Literal[
    "Bayesian",
    "Random",
    "Hyperband",
    "Grid",
]

def as_HyperParameterTuningJobStrategyType(
    value: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral,
) -> HyperParameterTuningJobStrategyType: ...
def as_HyperParameterTuningJobStrategyType_opt(
    value: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral | None,
) -> HyperParameterTuningJobStrategyType | None: ...

class HyperParameterTuningJobWarmStartType(OpenEnum):
    """Values of ``HyperParameterTuningJobWarmStartType``. Unknown values load as
    ``HyperParameterTuningJobWarmStartType(value)`` with ``is_known`` False.

    Added:
        IDENTICAL_DATA_AND_ALGORITHM: 'IdenticalDataAndAlgorithm' since 2018-11-14
        TRANSFER_LEARNING: 'TransferLearning' since 2018-11-14
    """

    IDENTICAL_DATA_AND_ALGORITHM = "IdenticalDataAndAlgorithm"
    TRANSFER_LEARNING = "TransferLearning"

HyperParameterTuningJobWarmStartTypeLiteral = Literal[
    "IdenticalDataAndAlgorithm",
    "TransferLearning",
]

def as_HyperParameterTuningJobWarmStartType(
    value: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral,
) -> HyperParameterTuningJobWarmStartType: ...
def as_HyperParameterTuningJobWarmStartType_opt(
    value: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral | None,
) -> HyperParameterTuningJobWarmStartType | None: ...
