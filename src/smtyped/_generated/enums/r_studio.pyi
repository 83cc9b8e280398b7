# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RStudioServerProAccessStatus as RStudioServerProAccessStatus
from smtyped._generated.enums._r import RStudioServerProAccessStatusLiteral as RStudioServerProAccessStatusLiteral
from smtyped._generated.enums._r import RStudioServerProUserGroup as RStudioServerProUserGroup
from smtyped._generated.enums._r import RStudioServerProUserGroupLiteral as RStudioServerProUserGroupLiteral
from smtyped._generated.enums._r import as_RStudioServerProAccessStatus as as_RStudioServerProAccessStatus
from smtyped._generated.enums._r import as_RStudioServerProAccessStatus_opt as as_RStudioServerProAccessStatus_opt
from smtyped._generated.enums._r import as_RStudioServerProUserGroup as as_RStudioServerProUserGroup
from smtyped._generated.enums._r import as_RStudioServerProUserGroup_opt as as_RStudioServerProUserGroup_opt

__all__ = [
    "RStudioServerProAccessStatus",
    "RStudioServerProAccessStatusLiteral",
    "RStudioServerProUserGroup",
    "RStudioServerProUserGroupLiteral",
]
