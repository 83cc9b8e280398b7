# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListWorkforcesSortByOptions(OpenEnum):
    NAME = "Name"
    CREATEDATE = "CreateDate"

ListWorkforcesSortByOptionsLiteral = Literal[
    "Name",
    "CreateDate",
]

def as_ListWorkforcesSortByOptions(
    value: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral,
) -> ListWorkforcesSortByOptions: ...
def as_ListWorkforcesSortByOptions_opt(
    value: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None,
) -> ListWorkforcesSortByOptions | None: ...
