# Generated stub. Do not edit.
# Every enum whose name starts with "N", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class NodeUnavailabilityType(OpenEnum):
    """Values of ``NodeUnavailabilityType``. Unknown values load as ``NodeUnavailabilityType(value)``
    with ``is_known`` False.

    Added:
        INSTANCE_COUNT: 'INSTANCE_COUNT' since 2025-05-01
        CAPACITY_PERCENTAGE: 'CAPACITY_PERCENTAGE' since 2025-05-01
    """

    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENTAGE = "CAPACITY_PERCENTAGE"

NodeUnavailabilityTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENTAGE",
]

def as_NodeUnavailabilityType(
    value: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral,
) -> NodeUnavailabilityType: ...
def as_NodeUnavailabilityType_opt(
    value: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral | None,
) -> NodeUnavailabilityType | None: ...

class NotebookInstanceAcceleratorType(OpenEnum):
    """Values of ``NotebookInstanceAcceleratorType``. Unknown values load as
    ``NotebookInstanceAcceleratorType(value)`` with ``is_known`` False.

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

NotebookInstanceAcceleratorTypeLiteral = Literal[
    "ml.eia1.medium",
    "ml.eia1.large",
    "ml.eia1.xlarge",
    "ml.eia2.medium",
    "ml.eia2.large",
    "ml.eia2.xlarge",
]

def as_NotebookInstanceAcceleratorType(
    value: NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral,
) -> NotebookInstanceAcceleratorType: ...
def as_NotebookInstanceAcceleratorType_opt(
    value: NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral | None,
) -> NotebookInstanceAcceleratorType | None: ...

class NotebookInstanceLifecycleConfigSortKey(OpenEnum):
    """Values of ``NotebookInstanceLifecycleConfigSortKey``. Unknown values load as
    ``NotebookInstanceLifecycleConfigSortKey(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-03-15
        CREATION_TIME: 'CreationTime' since 2018-03-15
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2018-03-15
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"

NotebookInstanceLifecycleConfigSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "LastModifiedTime",
]

def as_NotebookInstanceLifecycleConfigSortKey(
    value: NotebookInstanceLifecycleConfigSortKey | NotebookInstanceLifecycleConfigSortKeyLiteral,
) -> NotebookInstanceLifecycleConfigSortKey: ...
def as_NotebookInstanceLifecycleConfigSortKey_opt(
    value: NotebookInstanceLifecycleConfigSortKey | NotebookInstanceLifecycleConfigSortKeyLiteral | None,
) -> NotebookInstanceLifecycleConfigSortKey | None: ...

class NotebookInstanceLifecycleConfigSortOrder(OpenEnum):
    """Values of ``NotebookInstanceLifecycleConfigSortOrder``. Unknown values load as
    ``NotebookInstanceLifecycleConfigSortOrder(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2018-03-15
        DESCENDING: 'Descending' since 2018-03-15
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

NotebookInstanceLifecycleConfigSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_NotebookInstanceLifecycleConfigSortOrder(
    value: NotebookInstanceLifecycleConfigSortOrder | NotebookInstanceLifecycleConfigSortOrderLiteral,
) -> NotebookInstanceLifecycleConfigSortOrder: ...
def as_NotebookInstanceLifecycleConfigSortOrder_opt(
    value: NotebookInstanceLifecycleConfigSortOrder | NotebookInstanceLifecycleConfigSortOrderLiteral | None,
) -> NotebookInstanceLifecycleConfigSortOrder | None: ...

class NotebookInstanceSortKey(OpenEnum):
    """Values of ``NotebookInstanceSortKey``. Unknown values load as ``NotebookInstanceSortKey(value)``
    with ``is_known`` False.

    Added:
        NAME: 'Name' since 2017-11-29
        CREATION_TIME: 'CreationTime' since 2017-11-29
        STATUS: 'Status' since 2017-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

NotebookInstanceSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_NotebookInstanceSortKey(
    value: NotebookInstanceSortKey | NotebookInstanceSortKeyLiteral,
) -> NotebookInstanceSortKey: ...
def as_NotebookInstanceSortKey_opt(
    value: NotebookInstanceSortKey | NotebookInstanceSortKeyLiteral | None,
) -> NotebookInstanceSortKey | None: ...

class NotebookInstanceSortOrder(OpenEnum):
    """Values of ``NotebookInstanceSortOrder``. Unknown values load as
    ``NotebookInstanceSortOrder(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2017-11-29
        DESCENDING: 'Descending' since 2017-11-29
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

NotebookInstanceSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_NotebookInstanceSortOrder(
    value: NotebookInstanceSortOrder | NotebookInstanceSortOrderLiteral,
) -> NotebookInstanceSortOrder: ...
def as_NotebookInstanceSortOrder_opt(
    value: NotebookInstanceSortOrder | NotebookInstanceSortOrderLiteral | None,
) -> NotebookInstanceSortOrder | None: ...

class NotebookInstanceStatus(OpenEnum):
    """Values of ``NotebookInstanceStatus``. Unknown values load as ``NotebookInstanceStatus(value)``
    with ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2017-11-29
        IN_SERVICE: 'InService' since 2017-11-29
        STOPPING: 'Stopping' since 2017-11-29
        STOPPED: 'Stopped' since 2017-11-29
        FAILED: 'Failed' since 2017-11-29
        DELETING: 'Deleting' since 2017-11-29
        UPDATING: 'Updating' since 2018-07-05
        PENDING_MAINTENANCE: 'PendingMaintenance' since 2026-08-07
        IN_MAINTENANCE: 'InMaintenance' since 2026-08-07
    """

    PENDING = "Pending"
    IN_SERVICE = "InService"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    DELETING = "Deleting"
    UPDATING = "Updating"
    PENDING_MAINTENANCE = "PendingMaintenance"
    IN_MAINTENANCE = "InMaintenance"

NotebookInstanceStatusLiteral = Literal[
    "Pending",
    "InService",
    "Stopping",
    "Stopped",
    "Failed",
    "Deleting",
    "Updating",
    "PendingMaintenance",
    "InMaintenance",
]

def as_NotebookInstanceStatus(
    value: NotebookInstanceStatus | NotebookInstanceStatusLiteral,
) -> NotebookInstanceStatus: ...
def as_NotebookInstanceStatus_opt(
    value: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None,
) -> NotebookInstanceStatus | None: ...

class NotebookOutputOption(OpenEnum):
    """Values of ``NotebookOutputOption``. Unknown values load as ``NotebookOutputOption(value)`` with
    ``is_known`` False.

    Added:
        ALLOWED: 'Allowed' since 2019-12-04
        DISABLED: 'Disabled' since 2019-12-04
    """

    ALLOWED = "Allowed"
    DISABLED = "Disabled"

NotebookOutputOptionLiteral = Literal[
    "Allowed",
    "Disabled",
]

def as_NotebookOutputOption(value: NotebookOutputOption | NotebookOutputOptionLiteral) -> NotebookOutputOption: ...
def as_NotebookOutputOption_opt(
    value: NotebookOutputOption | NotebookOutputOptionLiteral | None,
) -> NotebookOutputOption | None: ...
