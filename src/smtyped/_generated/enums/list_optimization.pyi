# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListOptimizationJobsSortBy as ListOptimizationJobsSortBy
from smtyped._generated.enums._l import ListOptimizationJobsSortByLiteral as ListOptimizationJobsSortByLiteral
from smtyped._generated.enums._l import as_ListOptimizationJobsSortBy as as_ListOptimizationJobsSortBy
from smtyped._generated.enums._l import as_ListOptimizationJobsSortBy_opt as as_ListOptimizationJobsSortBy_opt

__all__ = [
    "ListOptimizationJobsSortBy",
    "ListOptimizationJobsSortByLiteral",
]
