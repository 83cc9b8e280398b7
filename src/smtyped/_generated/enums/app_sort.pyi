# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"

AppSortKeyLiteral = Literal["CreationTime",]

def as_AppSortKey(value: AppSortKey | AppSortKeyLiteral) -> AppSortKey: ...
def as_AppSortKey_opt(value: AppSortKey | AppSortKeyLiteral | None) -> AppSortKey | None: ...
