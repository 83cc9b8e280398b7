# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListWorkteamsSortByOptions(OpenEnum):
    NAME = "Name"
    CREATEDATE = "CreateDate"

ListWorkteamsSortByOptionsLiteral = Literal[
    "Name",
    "CreateDate",
]

def as_ListWorkteamsSortByOptions(
    value: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral,
) -> ListWorkteamsSortByOptions: ...
def as_ListWorkteamsSortByOptions_opt(
    value: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None,
) -> ListWorkteamsSortByOptions | None: ...
