# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListDeviceFleetsSortBy(OpenEnum):
    NAME = "NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"

ListDeviceFleetsSortByLiteral = Literal[
    "NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
]

def as_ListDeviceFleetsSortBy(
    value: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral,
) -> ListDeviceFleetsSortBy: ...
def as_ListDeviceFleetsSortBy_opt(
    value: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral | None,
) -> ListDeviceFleetsSortBy | None: ...
