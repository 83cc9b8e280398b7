# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListAIBenchmarkJobsSortBy as ListAIBenchmarkJobsSortBy
from smtyped._generated.enums._l import ListAIBenchmarkJobsSortByLiteral as ListAIBenchmarkJobsSortByLiteral
from smtyped._generated.enums._l import ListAIRecommendationJobsSortBy as ListAIRecommendationJobsSortBy
from smtyped._generated.enums._l import ListAIRecommendationJobsSortByLiteral as ListAIRecommendationJobsSortByLiteral
from smtyped._generated.enums._l import ListAIWorkloadConfigsSortBy as ListAIWorkloadConfigsSortBy
from smtyped._generated.enums._l import ListAIWorkloadConfigsSortByLiteral as ListAIWorkloadConfigsSortByLiteral
from smtyped._generated.enums._l import as_ListAIBenchmarkJobsSortBy as as_ListAIBenchmarkJobsSortBy
from smtyped._generated.enums._l import as_ListAIBenchmarkJobsSortBy_opt as as_ListAIBenchmarkJobsSortBy_opt
from smtyped._generated.enums._l import as_ListAIRecommendationJobsSortBy as as_ListAIRecommendationJobsSortBy
from smtyped._generated.enums._l import as_ListAIRecommendationJobsSortBy_opt as as_ListAIRecommendationJobsSortBy_opt
from smtyped._generated.enums._l import as_ListAIWorkloadConfigsSortBy as as_ListAIWorkloadConfigsSortBy
from smtyped._generated.enums._l import as_ListAIWorkloadConfigsSortBy_opt as as_ListAIWorkloadConfigsSortBy_opt

__all__ = [
    "ListAIBenchmarkJobsSortBy",
    "ListAIBenchmarkJobsSortByLiteral",
    "ListAIRecommendationJobsSortBy",
    "ListAIRecommendationJobsSortByLiteral",
    "ListAIWorkloadConfigsSortBy",
    "ListAIWorkloadConfigsSortByLiteral",
]
