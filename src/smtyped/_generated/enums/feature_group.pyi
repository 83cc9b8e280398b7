# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FeatureGroupSortBy as FeatureGroupSortBy
from smtyped._generated.enums._f import FeatureGroupSortByLiteral as FeatureGroupSortByLiteral
from smtyped._generated.enums._f import FeatureGroupSortOrder as FeatureGroupSortOrder
from smtyped._generated.enums._f import FeatureGroupSortOrderLiteral as FeatureGroupSortOrderLiteral
from smtyped._generated.enums._f import FeatureGroupStatus as FeatureGroupStatus
from smtyped._generated.enums._f import FeatureGroupStatusLiteral as FeatureGroupStatusLiteral
from smtyped._generated.enums._f import as_FeatureGroupSortBy as as_FeatureGroupSortBy
from smtyped._generated.enums._f import as_FeatureGroupSortBy_opt as as_FeatureGroupSortBy_opt
from smtyped._generated.enums._f import as_FeatureGroupSortOrder as as_FeatureGroupSortOrder
from smtyped._generated.enums._f import as_FeatureGroupSortOrder_opt as as_FeatureGroupSortOrder_opt
from smtyped._generated.enums._f import as_FeatureGroupStatus as as_FeatureGroupStatus
from smtyped._generated.enums._f import as_FeatureGroupStatus_opt as as_FeatureGroupStatus_opt

__all__ = [
    "FeatureGroupSortBy",
    "FeatureGroupSortByLiteral",
    "FeatureGroupSortOrder",
    "FeatureGroupSortOrderLiteral",
    "FeatureGroupStatus",
    "FeatureGroupStatusLiteral",
]
