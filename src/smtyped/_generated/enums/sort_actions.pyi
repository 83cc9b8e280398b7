# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortActionsBy as SortActionsBy
from smtyped._generated.enums._s import SortActionsByLiteral as SortActionsByLiteral
from smtyped._generated.enums._s import as_SortActionsBy as as_SortActionsBy
from smtyped._generated.enums._s import as_SortActionsBy_opt as as_SortActionsBy_opt

__all__ = [
    "SortActionsBy",
    "SortActionsByLiteral",
]
