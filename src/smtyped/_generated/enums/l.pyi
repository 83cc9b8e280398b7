# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
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

def as_LabelingJobStatus(value: LabelingJobStatus | LabelingJobStatusLiteral) -> LabelingJobStatus: ...
def as_LabelingJobStatus_opt(
    value: LabelingJobStatus | LabelingJobStatusLiteral | None,
) -> LabelingJobStatus | None: ...

class LastUpdateStatusValue(OpenEnum):
    SUCCESSFUL = "Successful"
    FAILED = "Failed"
    INPROGRESS = "InProgress"

LastUpdateStatusValueLiteral = Literal[
    "Successful",
    "Failed",
    "InProgress",
]

def as_LastUpdateStatusValue(value: LastUpdateStatusValue | LastUpdateStatusValueLiteral) -> LastUpdateStatusValue: ...
def as_LastUpdateStatusValue_opt(
    value: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None,
) -> LastUpdateStatusValue | None: ...

class ListCompilationJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListCompilationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListCompilationJobsSortBy(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral,
) -> ListCompilationJobsSortBy: ...
def as_ListCompilationJobsSortBy_opt(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None,
) -> ListCompilationJobsSortBy | None: ...
