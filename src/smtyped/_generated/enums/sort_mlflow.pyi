# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortMlflowAppBy as SortMlflowAppBy
from smtyped._generated.enums._s import SortMlflowAppByLiteral as SortMlflowAppByLiteral
from smtyped._generated.enums._s import as_SortMlflowAppBy as as_SortMlflowAppBy
from smtyped._generated.enums._s import as_SortMlflowAppBy_opt as as_SortMlflowAppBy_opt

__all__ = [
    "SortMlflowAppBy",
    "SortMlflowAppByLiteral",
]
