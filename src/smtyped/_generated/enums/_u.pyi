# Generated stub. Do not edit.
# Every enum whose name starts with "U", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class UltraServerHealthStatus(OpenEnum):
    """Values of ``UltraServerHealthStatus``. Unknown values load as ``UltraServerHealthStatus(value)``
    with ``is_known`` False.

    Added:
        OK: 'OK' since 2025-08-08
        IMPAIRED: 'Impaired' since 2025-08-08
        INSUFFICIENT_DATA: 'Insufficient-Data' since 2025-08-08
    """

    OK = "OK"
    IMPAIRED = "Impaired"
    INSUFFICIENT_DATA = "Insufficient-Data"

UltraServerHealthStatusLiteral = Literal[
    "OK",
    "Impaired",
    "Insufficient-Data",
]

def as_UltraServerHealthStatus(
    value: UltraServerHealthStatus | UltraServerHealthStatusLiteral,
) -> UltraServerHealthStatus: ...
def as_UltraServerHealthStatus_opt(
    value: UltraServerHealthStatus | UltraServerHealthStatusLiteral | None,
) -> UltraServerHealthStatus | None: ...

class UserProfileSortKey(OpenEnum):
    """Values of ``UserProfileSortKey``. Unknown values load as ``UserProfileSortKey(value)`` with
    ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2019-12-04
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2019-12-04
    """

    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"

UserProfileSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
]

def as_UserProfileSortKey(value: UserProfileSortKey | UserProfileSortKeyLiteral) -> UserProfileSortKey: ...
def as_UserProfileSortKey_opt(
    value: UserProfileSortKey | UserProfileSortKeyLiteral | None,
) -> UserProfileSortKey | None: ...

class UserProfileStatus(OpenEnum):
    """Values of ``UserProfileStatus``. Unknown values load as ``UserProfileStatus(value)`` with
    ``is_known`` False.

    Added:
        DELETING: 'Deleting' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        IN_SERVICE: 'InService' since 2019-12-04
        PENDING: 'Pending' since 2019-12-04
        UPDATING: 'Updating' since 2020-10-26
        UPDATE_FAILED: 'Update_Failed' since 2020-10-26
        DELETE_FAILED: 'Delete_Failed' since 2020-10-26
    """

    DELETING = "Deleting"
    FAILED = "Failed"
    IN_SERVICE = "InService"
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
