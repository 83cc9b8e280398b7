# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProjectSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ProjectSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ProjectSortBy(value: ProjectSortBy | ProjectSortByLiteral) -> ProjectSortBy: ...
def as_ProjectSortBy_opt(value: ProjectSortBy | ProjectSortByLiteral | None) -> ProjectSortBy | None: ...

class ProjectSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ProjectSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ProjectSortOrder(value: ProjectSortOrder | ProjectSortOrderLiteral) -> ProjectSortOrder: ...
def as_ProjectSortOrder_opt(value: ProjectSortOrder | ProjectSortOrderLiteral | None) -> ProjectSortOrder | None: ...
