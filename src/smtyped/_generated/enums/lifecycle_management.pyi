# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import LifecycleManagement as LifecycleManagement
from smtyped._generated.enums._l import LifecycleManagementLiteral as LifecycleManagementLiteral
from smtyped._generated.enums._l import as_LifecycleManagement as as_LifecycleManagement
from smtyped._generated.enums._l import as_LifecycleManagement_opt as as_LifecycleManagement_opt

__all__ = [
    "LifecycleManagement",
    "LifecycleManagementLiteral",
]
