# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ImageSortBy(OpenEnum):
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    IMAGE_NAME = "IMAGE_NAME"

ImageSortByLiteral = Literal[
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "IMAGE_NAME",
]

def as_ImageSortBy(value: ImageSortBy | ImageSortByLiteral) -> ImageSortBy: ...
def as_ImageSortBy_opt(value: ImageSortBy | ImageSortByLiteral | None) -> ImageSortBy | None: ...

class ImageSortOrder(OpenEnum):
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"

ImageSortOrderLiteral = Literal[
    "ASCENDING",
    "DESCENDING",
]

def as_ImageSortOrder(value: ImageSortOrder | ImageSortOrderLiteral) -> ImageSortOrder: ...
def as_ImageSortOrder_opt(value: ImageSortOrder | ImageSortOrderLiteral | None) -> ImageSortOrder | None: ...
