# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrackingServerMaintenanceStatus(OpenEnum):
    MAINTENANCEINPROGRESS = "MaintenanceInProgress"
    MAINTENANCECOMPLETE = "MaintenanceComplete"
    MAINTENANCEFAILED = "MaintenanceFailed"

TrackingServerMaintenanceStatusLiteral = Literal[
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_TrackingServerMaintenanceStatus(
    value: TrackingServerMaintenanceStatus | TrackingServerMaintenanceStatusLiteral,
) -> TrackingServerMaintenanceStatus: ...
def as_TrackingServerMaintenanceStatus_opt(
    value: TrackingServerMaintenanceStatus | TrackingServerMaintenanceStatusLiteral | None,
) -> TrackingServerMaintenanceStatus | None: ...

class TrackingServerSize(OpenEnum):
    SMALL = "Small"
    MEDIUM = "Medium"
    LARGE = "Large"

TrackingServerSizeLiteral = Literal[
    "Small",
    "Medium",
    "Large",
]

def as_TrackingServerSize(value: TrackingServerSize | TrackingServerSizeLiteral) -> TrackingServerSize: ...
def as_TrackingServerSize_opt(
    value: TrackingServerSize | TrackingServerSizeLiteral | None,
) -> TrackingServerSize | None: ...

class TrackingServerStatus(OpenEnum):
    CREATING = "Creating"
    CREATED = "Created"
    CREATEFAILED = "CreateFailed"
    UPDATING = "Updating"
    UPDATED = "Updated"
    UPDATEFAILED = "UpdateFailed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    STOPFAILED = "StopFailed"
    STARTING = "Starting"
    STARTED = "Started"
    STARTFAILED = "StartFailed"
    MAINTENANCEINPROGRESS = "MaintenanceInProgress"
    MAINTENANCECOMPLETE = "MaintenanceComplete"
    MAINTENANCEFAILED = "MaintenanceFailed"

TrackingServerStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Updating",
    "Updated",
    "UpdateFailed",
    "Deleting",
    "DeleteFailed",
    "Stopping",
    "Stopped",
    "StopFailed",
    "Starting",
    "Started",
    "StartFailed",
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_TrackingServerStatus(value: TrackingServerStatus | TrackingServerStatusLiteral) -> TrackingServerStatus: ...
def as_TrackingServerStatus_opt(
    value: TrackingServerStatus | TrackingServerStatusLiteral | None,
) -> TrackingServerStatus | None: ...
