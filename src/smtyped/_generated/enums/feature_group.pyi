# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FeatureGroupSortBy(OpenEnum):
    NAME = "Name"
    FEATUREGROUPSTATUS = "FeatureGroupStatus"
    OFFLINESTORESTATUS = "OfflineStoreStatus"
    CREATIONTIME = "CreationTime"

FeatureGroupSortByLiteral = Literal[
    "Name",
    "FeatureGroupStatus",
    "OfflineStoreStatus",
    "CreationTime",
]

def as_FeatureGroupSortBy(value: FeatureGroupSortBy | FeatureGroupSortByLiteral) -> FeatureGroupSortBy: ...
def as_FeatureGroupSortBy_opt(
    value: FeatureGroupSortBy | FeatureGroupSortByLiteral | None,
) -> FeatureGroupSortBy | None: ...

class FeatureGroupSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

FeatureGroupSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_FeatureGroupSortOrder(value: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral) -> FeatureGroupSortOrder: ...
def as_FeatureGroupSortOrder_opt(
    value: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral | None,
) -> FeatureGroupSortOrder | None: ...

class FeatureGroupStatus(OpenEnum):
    CREATING = "Creating"
    CREATED = "Created"
    CREATEFAILED = "CreateFailed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

FeatureGroupStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Deleting",
    "DeleteFailed",
]

def as_FeatureGroupStatus(value: FeatureGroupStatus | FeatureGroupStatusLiteral) -> FeatureGroupStatus: ...
def as_FeatureGroupStatus_opt(
    value: FeatureGroupStatus | FeatureGroupStatusLiteral | None,
) -> FeatureGroupStatus | None: ...
