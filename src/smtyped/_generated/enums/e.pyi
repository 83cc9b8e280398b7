# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class EndpointStatus(OpenEnum):
    OUTOFSERVICE = "OutOfService"
    CREATING = "Creating"
    UPDATING = "Updating"
    SYSTEMUPDATING = "SystemUpdating"
    ROLLINGBACK = "RollingBack"
    INSERVICE = "InService"
    DELETING = "Deleting"
    FAILED = "Failed"

EndpointStatusLiteral = Literal[
    "OutOfService",
    "Creating",
    "Updating",
    "SystemUpdating",
    "RollingBack",
    "InService",
    "Deleting",
    "Failed",
]

class EventSortBy(OpenEnum):
    EVENTTIME = "EventTime"

EventSortByLiteral = Literal["EventTime",]

class ExecutionStatus(OpenEnum):
    PENDING = "Pending"
    COMPLETED = "Completed"
    COMPLETEDWITHVIOLATIONS = "CompletedWithViolations"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ExecutionStatusLiteral = Literal[
    "Pending",
    "Completed",
    "CompletedWithViolations",
    "InProgress",
    "Failed",
    "Stopping",
    "Stopped",
]
