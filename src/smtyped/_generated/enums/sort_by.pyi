# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortBy as SortBy
from smtyped._generated.enums._s import SortByLiteral as SortByLiteral
from smtyped._generated.enums._s import as_SortBy as as_SortBy
from smtyped._generated.enums._s import as_SortBy_opt as as_SortBy_opt

__all__ = [
    "SortBy",
    "SortByLiteral",
]
