# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EndpointSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

EndpointSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_EndpointSortKey(value: EndpointSortKey | EndpointSortKeyLiteral) -> EndpointSortKey: ...
def as_EndpointSortKey_opt(value: EndpointSortKey | EndpointSortKeyLiteral | None) -> EndpointSortKey | None: ...
