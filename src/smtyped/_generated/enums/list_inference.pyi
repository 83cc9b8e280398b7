# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListInferenceRecommendationsJobsSortBy as ListInferenceRecommendationsJobsSortBy
from smtyped._generated.enums._l import (
    ListInferenceRecommendationsJobsSortByLiteral as ListInferenceRecommendationsJobsSortByLiteral,
)
from smtyped._generated.enums._l import (
    as_ListInferenceRecommendationsJobsSortBy as as_ListInferenceRecommendationsJobsSortBy,
)
from smtyped._generated.enums._l import (
    as_ListInferenceRecommendationsJobsSortBy_opt as as_ListInferenceRecommendationsJobsSortBy_opt,
)

__all__ = [
    "ListInferenceRecommendationsJobsSortBy",
    "ListInferenceRecommendationsJobsSortByLiteral",
]
