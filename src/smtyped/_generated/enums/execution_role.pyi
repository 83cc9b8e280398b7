# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ExecutionRoleIdentityConfig(OpenEnum):
    USER_PROFILE_NAME = "USER_PROFILE_NAME"
    DISABLED = "DISABLED"

ExecutionRoleIdentityConfigLiteral = Literal[
    "USER_PROFILE_NAME",
    "DISABLED",
]

def as_ExecutionRoleIdentityConfig(
    value: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral,
) -> ExecutionRoleIdentityConfig: ...
def as_ExecutionRoleIdentityConfig_opt(
    value: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None,
) -> ExecutionRoleIdentityConfig | None: ...

class ExecutionRoleSessionNameMode(OpenEnum):
    STATIC = "STATIC"
    USER_IDENTITY = "USER_IDENTITY"

ExecutionRoleSessionNameModeLiteral = Literal[
    "STATIC",
    "USER_IDENTITY",
]

def as_ExecutionRoleSessionNameMode(
    value: ExecutionRoleSessionNameMode | ExecutionRoleSessionNameModeLiteral,
) -> ExecutionRoleSessionNameMode: ...
def as_ExecutionRoleSessionNameMode_opt(
    value: ExecutionRoleSessionNameMode | ExecutionRoleSessionNameModeLiteral | None,
) -> ExecutionRoleSessionNameMode | None: ...
