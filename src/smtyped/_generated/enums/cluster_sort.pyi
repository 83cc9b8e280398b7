# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterSortBy as ClusterSortBy
from smtyped._generated.enums._c import ClusterSortByLiteral as ClusterSortByLiteral
from smtyped._generated.enums._c import as_ClusterSortBy as as_ClusterSortBy
from smtyped._generated.enums._c import as_ClusterSortBy_opt as as_ClusterSortBy_opt

__all__ = [
    "ClusterSortBy",
    "ClusterSortByLiteral",
]
