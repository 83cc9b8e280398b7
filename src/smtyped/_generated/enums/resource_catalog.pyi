# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ResourceCatalogSortBy(OpenEnum):
    CREATIONTIME = "CreationTime"

ResourceCatalogSortByLiteral = Literal["CreationTime",]

def as_ResourceCatalogSortBy(value: ResourceCatalogSortBy | ResourceCatalogSortByLiteral) -> ResourceCatalogSortBy: ...
def as_ResourceCatalogSortBy_opt(
    value: ResourceCatalogSortBy | ResourceCatalogSortByLiteral | None,
) -> ResourceCatalogSortBy | None: ...

class ResourceCatalogSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

ResourceCatalogSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_ResourceCatalogSortOrder(
    value: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral,
) -> ResourceCatalogSortOrder: ...
def as_ResourceCatalogSortOrder_opt(
    value: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral | None,
) -> ResourceCatalogSortOrder | None: ...
