# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._u import UserProfileSortKey as UserProfileSortKey
from smtyped._generated.enums._u import UserProfileSortKeyLiteral as UserProfileSortKeyLiteral
from smtyped._generated.enums._u import UserProfileStatus as UserProfileStatus
from smtyped._generated.enums._u import UserProfileStatusLiteral as UserProfileStatusLiteral
from smtyped._generated.enums._u import as_UserProfileSortKey as as_UserProfileSortKey
from smtyped._generated.enums._u import as_UserProfileSortKey_opt as as_UserProfileSortKey_opt
from smtyped._generated.enums._u import as_UserProfileStatus as as_UserProfileStatus
from smtyped._generated.enums._u import as_UserProfileStatus_opt as as_UserProfileStatus_opt

__all__ = [
    "UserProfileSortKey",
    "UserProfileSortKeyLiteral",
    "UserProfileStatus",
    "UserProfileStatusLiteral",
]
