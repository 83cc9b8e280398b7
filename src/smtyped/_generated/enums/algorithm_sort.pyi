# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AlgorithmSortBy as AlgorithmSortBy
from smtyped._generated.enums._a import AlgorithmSortByLiteral as AlgorithmSortByLiteral
from smtyped._generated.enums._a import as_AlgorithmSortBy as as_AlgorithmSortBy
from smtyped._generated.enums._a import as_AlgorithmSortBy_opt as as_AlgorithmSortBy_opt

__all__ = [
    "AlgorithmSortBy",
    "AlgorithmSortByLiteral",
]
