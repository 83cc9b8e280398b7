# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import StudioLifecycleConfigAppType as StudioLifecycleConfigAppType
from smtyped._generated.enums._s import StudioLifecycleConfigAppTypeLiteral as StudioLifecycleConfigAppTypeLiteral
from smtyped._generated.enums._s import StudioLifecycleConfigSortKey as StudioLifecycleConfigSortKey
from smtyped._generated.enums._s import StudioLifecycleConfigSortKeyLiteral as StudioLifecycleConfigSortKeyLiteral
from smtyped._generated.enums._s import as_StudioLifecycleConfigAppType as as_StudioLifecycleConfigAppType
from smtyped._generated.enums._s import as_StudioLifecycleConfigAppType_opt as as_StudioLifecycleConfigAppType_opt
from smtyped._generated.enums._s import as_StudioLifecycleConfigSortKey as as_StudioLifecycleConfigSortKey
from smtyped._generated.enums._s import as_StudioLifecycleConfigSortKey_opt as as_StudioLifecycleConfigSortKey_opt

__all__ = [
    "StudioLifecycleConfigAppType",
    "StudioLifecycleConfigAppTypeLiteral",
    "StudioLifecycleConfigSortKey",
    "StudioLifecycleConfigSortKeyLiteral",
]
