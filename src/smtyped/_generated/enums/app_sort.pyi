# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppSortKey as AppSortKey
from smtyped._generated.enums._a import AppSortKeyLiteral as AppSortKeyLiteral
from smtyped._generated.enums._a import as_AppSortKey as as_AppSortKey
from smtyped._generated.enums._a import as_AppSortKey_opt as as_AppSortKey_opt

__all__ = [
    "AppSortKey",
    "AppSortKeyLiteral",
]
