# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class NodeUnavailabilityType(OpenEnum):
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

class NotebookOutputOption(OpenEnum):
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
