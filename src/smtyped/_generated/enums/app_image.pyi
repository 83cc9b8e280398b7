# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppImageConfigSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"
    NAME = "Name"

AppImageConfigSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
    "Name",
]

def as_AppImageConfigSortKey(value: AppImageConfigSortKey | AppImageConfigSortKeyLiteral) -> AppImageConfigSortKey: ...
def as_AppImageConfigSortKey_opt(
    value: AppImageConfigSortKey | AppImageConfigSortKeyLiteral | None,
) -> AppImageConfigSortKey | None: ...
