# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import ExecutionRoleIdentityConfig as ExecutionRoleIdentityConfig
from smtyped._generated.enums._e import ExecutionRoleIdentityConfigLiteral as ExecutionRoleIdentityConfigLiteral
from smtyped._generated.enums._e import ExecutionRoleSessionNameMode as ExecutionRoleSessionNameMode
from smtyped._generated.enums._e import ExecutionRoleSessionNameModeLiteral as ExecutionRoleSessionNameModeLiteral
from smtyped._generated.enums._e import as_ExecutionRoleIdentityConfig as as_ExecutionRoleIdentityConfig
from smtyped._generated.enums._e import as_ExecutionRoleIdentityConfig_opt as as_ExecutionRoleIdentityConfig_opt
from smtyped._generated.enums._e import as_ExecutionRoleSessionNameMode as as_ExecutionRoleSessionNameMode
from smtyped._generated.enums._e import as_ExecutionRoleSessionNameMode_opt as as_ExecutionRoleSessionNameMode_opt

__all__ = [
    "ExecutionRoleIdentityConfig",
    "ExecutionRoleIdentityConfigLiteral",
    "ExecutionRoleSessionNameMode",
    "ExecutionRoleSessionNameModeLiteral",
]
