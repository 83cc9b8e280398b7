# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import ImageSortBy as ImageSortBy
from smtyped._generated.enums._i import ImageSortByLiteral as ImageSortByLiteral
from smtyped._generated.enums._i import ImageSortOrder as ImageSortOrder
from smtyped._generated.enums._i import ImageSortOrderLiteral as ImageSortOrderLiteral
from smtyped._generated.enums._i import as_ImageSortBy as as_ImageSortBy
from smtyped._generated.enums._i import as_ImageSortBy_opt as as_ImageSortBy_opt
from smtyped._generated.enums._i import as_ImageSortOrder as as_ImageSortOrder
from smtyped._generated.enums._i import as_ImageSortOrder_opt as as_ImageSortOrder_opt

__all__ = [
    "ImageSortBy",
    "ImageSortByLiteral",
    "ImageSortOrder",
    "ImageSortOrderLiteral",
]
