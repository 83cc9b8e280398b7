# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelCardExportJobSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ModelCardExportJobSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ModelCardExportJobSortBy(
    value: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral,
) -> ModelCardExportJobSortBy: ...
def as_ModelCardExportJobSortBy_opt(
    value: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral | None,
) -> ModelCardExportJobSortBy | None: ...

class ModelCardExportJobSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ModelCardExportJobSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ModelCardExportJobSortOrder(
    value: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral,
) -> ModelCardExportJobSortOrder: ...
def as_ModelCardExportJobSortOrder_opt(
    value: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral | None,
) -> ModelCardExportJobSortOrder | None: ...

class ModelCardExportJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

ModelCardExportJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
]

def as_ModelCardExportJobStatus(
    value: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral,
) -> ModelCardExportJobStatus: ...
def as_ModelCardExportJobStatus_opt(
    value: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None,
) -> ModelCardExportJobStatus | None: ...

class ModelCardProcessingStatus(OpenEnum):
    DELETEINPROGRESS = "DeleteInProgress"
    DELETEPENDING = "DeletePending"
    CONTENTDELETED = "ContentDeleted"
    EXPORTJOBSDELETED = "ExportJobsDeleted"
    DELETECOMPLETED = "DeleteCompleted"
    DELETEFAILED = "DeleteFailed"

ModelCardProcessingStatusLiteral = Literal[
    "DeleteInProgress",
    "DeletePending",
    "ContentDeleted",
    "ExportJobsDeleted",
    "DeleteCompleted",
    "DeleteFailed",
]

def as_ModelCardProcessingStatus(
    value: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral,
) -> ModelCardProcessingStatus: ...
def as_ModelCardProcessingStatus_opt(
    value: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral | None,
) -> ModelCardProcessingStatus | None: ...

class ModelCardSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelCardSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelCardSortBy(value: ModelCardSortBy | ModelCardSortByLiteral) -> ModelCardSortBy: ...
def as_ModelCardSortBy_opt(value: ModelCardSortBy | ModelCardSortByLiteral | None) -> ModelCardSortBy | None: ...

class ModelCardSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ModelCardSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ModelCardSortOrder(value: ModelCardSortOrder | ModelCardSortOrderLiteral) -> ModelCardSortOrder: ...
def as_ModelCardSortOrder_opt(
    value: ModelCardSortOrder | ModelCardSortOrderLiteral | None,
) -> ModelCardSortOrder | None: ...

class ModelCardStatus(OpenEnum):
    DRAFT = "Draft"
    PENDINGREVIEW = "PendingReview"
    APPROVED = "Approved"
    ARCHIVED = "Archived"

ModelCardStatusLiteral = Literal[
    "Draft",
    "PendingReview",
    "Approved",
    "Archived",
]

def as_ModelCardStatus(value: ModelCardStatus | ModelCardStatusLiteral) -> ModelCardStatus: ...
def as_ModelCardStatus_opt(value: ModelCardStatus | ModelCardStatusLiteral | None) -> ModelCardStatus | None: ...

class ModelCardVersionSortBy(OpenEnum):
    VERSION = "Version"

ModelCardVersionSortByLiteral = Literal["Version",]

def as_ModelCardVersionSortBy(
    value: ModelCardVersionSortBy | ModelCardVersionSortByLiteral,
) -> ModelCardVersionSortBy: ...
def as_ModelCardVersionSortBy_opt(
    value: ModelCardVersionSortBy | ModelCardVersionSortByLiteral | None,
) -> ModelCardVersionSortBy | None: ...
