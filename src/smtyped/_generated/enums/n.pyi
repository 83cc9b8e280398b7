# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class NodeUnavailabilityType(OpenEnum):
    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENTAGE = "CAPACITY_PERCENTAGE"

NodeUnavailabilityTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENTAGE",
]

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

class NotebookInstanceSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

NotebookInstanceSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

class NotebookInstanceSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

NotebookInstanceSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

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

class NotebookOutputOption(OpenEnum):
    ALLOWED = "Allowed"
    DISABLED = "Disabled"

NotebookOutputOptionLiteral = Literal[
    "Allowed",
    "Disabled",
]
