# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HubSortBy(OpenEnum):
    HUBNAME = "HubName"
    CREATIONTIME = "CreationTime"
    HUBSTATUS = "HubStatus"
    ACCOUNTIDOWNER = "AccountIdOwner"

HubSortByLiteral = Literal[
    "HubName",
    "CreationTime",
    "HubStatus",
    "AccountIdOwner",
]

def as_HubSortBy(value: HubSortBy | HubSortByLiteral) -> HubSortBy: ...
def as_HubSortBy_opt(value: HubSortBy | HubSortByLiteral | None) -> HubSortBy | None: ...
