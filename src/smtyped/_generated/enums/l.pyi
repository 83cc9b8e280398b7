# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class LabelingJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

LabelingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

class LastUpdateStatusValue(OpenEnum):
    SUCCESSFUL = "Successful"
    FAILED = "Failed"
    INPROGRESS = "InProgress"

LastUpdateStatusValueLiteral = Literal[
    "Successful",
    "Failed",
    "InProgress",
]

class ListCompilationJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListCompilationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]
