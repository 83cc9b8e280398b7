# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import ResourceCatalogSortBy as ResourceCatalogSortBy
from smtyped._generated.enums._r import ResourceCatalogSortByLiteral as ResourceCatalogSortByLiteral
from smtyped._generated.enums._r import ResourceCatalogSortOrder as ResourceCatalogSortOrder
from smtyped._generated.enums._r import ResourceCatalogSortOrderLiteral as ResourceCatalogSortOrderLiteral
from smtyped._generated.enums._r import as_ResourceCatalogSortBy as as_ResourceCatalogSortBy
from smtyped._generated.enums._r import as_ResourceCatalogSortBy_opt as as_ResourceCatalogSortBy_opt
from smtyped._generated.enums._r import as_ResourceCatalogSortOrder as as_ResourceCatalogSortOrder
from smtyped._generated.enums._r import as_ResourceCatalogSortOrder_opt as as_ResourceCatalogSortOrder_opt

__all__ = [
    "ResourceCatalogSortBy",
    "ResourceCatalogSortByLiteral",
    "ResourceCatalogSortOrder",
    "ResourceCatalogSortOrderLiteral",
]
