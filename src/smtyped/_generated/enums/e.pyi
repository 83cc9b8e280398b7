# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
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

def as_EndpointStatus(value: EndpointStatus | EndpointStatusLiteral) -> EndpointStatus: ...
def as_EndpointStatus_opt(value: EndpointStatus | EndpointStatusLiteral | None) -> EndpointStatus | None: ...

class EventSortBy(OpenEnum):
    EVENTTIME = "EventTime"

EventSortByLiteral = Literal["EventTime",]

def as_EventSortBy(value: EventSortBy | EventSortByLiteral) -> EventSortBy: ...
def as_EventSortBy_opt(value: EventSortBy | EventSortByLiteral | None) -> EventSortBy | None: ...

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

def as_ExecutionStatus(value: ExecutionStatus | ExecutionStatusLiteral) -> ExecutionStatus: ...
def as_ExecutionStatus_opt(value: ExecutionStatus | ExecutionStatusLiteral | None) -> ExecutionStatus | None: ...
