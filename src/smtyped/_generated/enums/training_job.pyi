# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrainingJobEarlyStoppingType(OpenEnum):
    OFF = "Off"
    AUTO = "Auto"

TrainingJobEarlyStoppingTypeLiteral = Literal[
    "Off",
    "Auto",
]

def as_TrainingJobEarlyStoppingType(
    value: TrainingJobEarlyStoppingType | TrainingJobEarlyStoppingTypeLiteral,
) -> TrainingJobEarlyStoppingType: ...
def as_TrainingJobEarlyStoppingType_opt(
    value: TrainingJobEarlyStoppingType | TrainingJobEarlyStoppingTypeLiteral | None,
) -> TrainingJobEarlyStoppingType | None: ...

class TrainingJobSortByOptions(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"
    FINALOBJECTIVEMETRICVALUE = "FinalObjectiveMetricValue"

TrainingJobSortByOptionsLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
    "FinalObjectiveMetricValue",
]

def as_TrainingJobSortByOptions(
    value: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral,
) -> TrainingJobSortByOptions: ...
def as_TrainingJobSortByOptions_opt(
    value: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None,
) -> TrainingJobSortByOptions | None: ...

class TrainingJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    DELETING = "Deleting"

TrainingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
    "Deleting",
]

def as_TrainingJobStatus(value: TrainingJobStatus | TrainingJobStatusLiteral) -> TrainingJobStatus: ...
def as_TrainingJobStatus_opt(
    value: TrainingJobStatus | TrainingJobStatusLiteral | None,
) -> TrainingJobStatus | None: ...
