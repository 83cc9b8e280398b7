# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RStudioServerProAccessStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

RStudioServerProAccessStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_RStudioServerProAccessStatus(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral,
) -> RStudioServerProAccessStatus: ...
def as_RStudioServerProAccessStatus_opt(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None,
) -> RStudioServerProAccessStatus | None: ...

class RStudioServerProUserGroup(OpenEnum):
    R_STUDIO_ADMIN = "R_STUDIO_ADMIN"
    R_STUDIO_USER = "R_STUDIO_USER"

RStudioServerProUserGroupLiteral = Literal[
    "R_STUDIO_ADMIN",
    "R_STUDIO_USER",
]

def as_RStudioServerProUserGroup(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral,
) -> RStudioServerProUserGroup: ...
def as_RStudioServerProUserGroup_opt(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None,
) -> RStudioServerProUserGroup | None: ...
