# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrainingPlanFilterName(OpenEnum):
    STATUS = "Status"

TrainingPlanFilterNameLiteral = Literal["Status",]

def as_TrainingPlanFilterName(
    value: TrainingPlanFilterName | TrainingPlanFilterNameLiteral,
) -> TrainingPlanFilterName: ...
def as_TrainingPlanFilterName_opt(
    value: TrainingPlanFilterName | TrainingPlanFilterNameLiteral | None,
) -> TrainingPlanFilterName | None: ...

class TrainingPlanSortBy(OpenEnum):
    TRAININGPLANNAME = "TrainingPlanName"
    STARTTIME = "StartTime"
    STATUS = "Status"

TrainingPlanSortByLiteral = Literal[
    "TrainingPlanName",
    "StartTime",
    "Status",
]

def as_TrainingPlanSortBy(value: TrainingPlanSortBy | TrainingPlanSortByLiteral) -> TrainingPlanSortBy: ...
def as_TrainingPlanSortBy_opt(
    value: TrainingPlanSortBy | TrainingPlanSortByLiteral | None,
) -> TrainingPlanSortBy | None: ...

class TrainingPlanSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

TrainingPlanSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_TrainingPlanSortOrder(value: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral) -> TrainingPlanSortOrder: ...
def as_TrainingPlanSortOrder_opt(
    value: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral | None,
) -> TrainingPlanSortOrder | None: ...

class TrainingPlanStatus(OpenEnum):
    PENDING = "Pending"
    ACTIVE = "Active"
    SCHEDULED = "Scheduled"
    EXPIRED = "Expired"
    FAILED = "Failed"

TrainingPlanStatusLiteral = Literal[
    "Pending",
    "Active",
    "Scheduled",
    "Expired",
    "Failed",
]

def as_TrainingPlanStatus(value: TrainingPlanStatus | TrainingPlanStatusLiteral) -> TrainingPlanStatus: ...
def as_TrainingPlanStatus_opt(
    value: TrainingPlanStatus | TrainingPlanStatusLiteral | None,
) -> TrainingPlanStatus | None: ...
