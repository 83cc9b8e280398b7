# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortContextsBy as SortContextsBy
from smtyped._generated.enums._s import SortContextsByLiteral as SortContextsByLiteral
from smtyped._generated.enums._s import as_SortContextsBy as as_SortContextsBy
from smtyped._generated.enums._s import as_SortContextsBy_opt as as_SortContextsBy_opt

__all__ = [
    "SortContextsBy",
    "SortContextsByLiteral",
]
