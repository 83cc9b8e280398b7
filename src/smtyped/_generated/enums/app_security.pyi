# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppSecurityGroupManagement as AppSecurityGroupManagement
from smtyped._generated.enums._a import AppSecurityGroupManagementLiteral as AppSecurityGroupManagementLiteral
from smtyped._generated.enums._a import as_AppSecurityGroupManagement as as_AppSecurityGroupManagement
from smtyped._generated.enums._a import as_AppSecurityGroupManagement_opt as as_AppSecurityGroupManagement_opt

__all__ = [
    "AppSecurityGroupManagement",
    "AppSecurityGroupManagementLiteral",
]
