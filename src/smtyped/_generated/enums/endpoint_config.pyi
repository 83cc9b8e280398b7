# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EndpointConfigSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

EndpointConfigSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_EndpointConfigSortKey(value: EndpointConfigSortKey | EndpointConfigSortKeyLiteral) -> EndpointConfigSortKey: ...
def as_EndpointConfigSortKey_opt(
    value: EndpointConfigSortKey | EndpointConfigSortKeyLiteral | None,
) -> EndpointConfigSortKey | None: ...
