# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import ImageVersionSortBy as ImageVersionSortBy
from smtyped._generated.enums._i import ImageVersionSortByLiteral as ImageVersionSortByLiteral
from smtyped._generated.enums._i import ImageVersionSortOrder as ImageVersionSortOrder
from smtyped._generated.enums._i import ImageVersionSortOrderLiteral as ImageVersionSortOrderLiteral
from smtyped._generated.enums._i import ImageVersionStatus as ImageVersionStatus
from smtyped._generated.enums._i import ImageVersionStatusLiteral as ImageVersionStatusLiteral
from smtyped._generated.enums._i import as_ImageVersionSortBy as as_ImageVersionSortBy
from smtyped._generated.enums._i import as_ImageVersionSortBy_opt as as_ImageVersionSortBy_opt
from smtyped._generated.enums._i import as_ImageVersionSortOrder as as_ImageVersionSortOrder
from smtyped._generated.enums._i import as_ImageVersionSortOrder_opt as as_ImageVersionSortOrder_opt
from smtyped._generated.enums._i import as_ImageVersionStatus as as_ImageVersionStatus
from smtyped._generated.enums._i import as_ImageVersionStatus_opt as as_ImageVersionStatus_opt

__all__ = [
    "ImageVersionSortBy",
    "ImageVersionSortByLiteral",
    "ImageVersionSortOrder",
    "ImageVersionSortOrderLiteral",
    "ImageVersionStatus",
    "ImageVersionStatusLiteral",
]
