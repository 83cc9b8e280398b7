# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppImageConfigSortKey as AppImageConfigSortKey
from smtyped._generated.enums._a import AppImageConfigSortKeyLiteral as AppImageConfigSortKeyLiteral
from smtyped._generated.enums._a import as_AppImageConfigSortKey as as_AppImageConfigSortKey
from smtyped._generated.enums._a import as_AppImageConfigSortKey_opt as as_AppImageConfigSortKey_opt

__all__ = [
    "AppImageConfigSortKey",
    "AppImageConfigSortKeyLiteral",
]
