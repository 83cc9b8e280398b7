# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class UserProfileSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"

UserProfileSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
]

def as_UserProfileSortKey(value: UserProfileSortKey | UserProfileSortKeyLiteral) -> UserProfileSortKey: ...
def as_UserProfileSortKey_opt(
    value: UserProfileSortKey | UserProfileSortKeyLiteral | None,
) -> UserProfileSortKey | None: ...

class UserProfileStatus(OpenEnum):
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"
    UPDATING = "Updating"
    UPDATE_FAILED = "Update_Failed"
    DELETE_FAILED = "Delete_Failed"

UserProfileStatusLiteral = Literal[
    "Deleting",
    "Failed",
    "InService",
    "Pending",
    "Updating",
    "Update_Failed",
    "Delete_Failed",
]

def as_UserProfileStatus(value: UserProfileStatus | UserProfileStatusLiteral) -> UserProfileStatus: ...
def as_UserProfileStatus_opt(
    value: UserProfileStatus | UserProfileStatusLiteral | None,
) -> UserProfileStatus | None: ...
