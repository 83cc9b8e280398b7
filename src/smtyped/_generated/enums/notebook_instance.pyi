# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class NotebookInstanceAcceleratorType(OpenEnum):
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
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"

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
    NAME = "Name"
    CREATIONTIME = "CreationTime"
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
    PENDING = "Pending"
    INSERVICE = "InService"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    DELETING = "Deleting"
    UPDATING = "Updating"
    PENDINGMAINTENANCE = "PendingMaintenance"
    INMAINTENANCE = "InMaintenance"

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
