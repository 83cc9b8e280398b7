# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortTrackingServerBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortTrackingServerByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortTrackingServerBy(value: SortTrackingServerBy | SortTrackingServerByLiteral) -> SortTrackingServerBy: ...
def as_SortTrackingServerBy_opt(
    value: SortTrackingServerBy | SortTrackingServerByLiteral | None,
) -> SortTrackingServerBy | None: ...
