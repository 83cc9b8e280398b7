# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ImageVersionSortBy(OpenEnum):
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    VERSION = "VERSION"

ImageVersionSortByLiteral = Literal[
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "VERSION",
]

def as_ImageVersionSortBy(value: ImageVersionSortBy | ImageVersionSortByLiteral) -> ImageVersionSortBy: ...
def as_ImageVersionSortBy_opt(
    value: ImageVersionSortBy | ImageVersionSortByLiteral | None,
) -> ImageVersionSortBy | None: ...

class ImageVersionSortOrder(OpenEnum):
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"

ImageVersionSortOrderLiteral = Literal[
    "ASCENDING",
    "DESCENDING",
]

def as_ImageVersionSortOrder(value: ImageVersionSortOrder | ImageVersionSortOrderLiteral) -> ImageVersionSortOrder: ...
def as_ImageVersionSortOrder_opt(
    value: ImageVersionSortOrder | ImageVersionSortOrderLiteral | None,
) -> ImageVersionSortOrder | None: ...

class ImageVersionStatus(OpenEnum):
    CREATING = "CREATING"
    CREATED = "CREATED"
    CREATE_FAILED = "CREATE_FAILED"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"

ImageVersionStatusLiteral = Literal[
    "CREATING",
    "CREATED",
    "CREATE_FAILED",
    "DELETING",
    "DELETE_FAILED",
]

def as_ImageVersionStatus(value: ImageVersionStatus | ImageVersionStatusLiteral) -> ImageVersionStatus: ...
def as_ImageVersionStatus_opt(
    value: ImageVersionStatus | ImageVersionStatusLiteral | None,
) -> ImageVersionStatus | None: ...
