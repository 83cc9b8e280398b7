# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ContainerMode(OpenEnum):
    SINGLEMODEL = "SingleModel"
    MULTIMODEL = "MultiModel"

ContainerModeLiteral = Literal[
    "SingleModel",
    "MultiModel",
]

def as_ContainerMode(value: ContainerMode | ContainerModeLiteral) -> ContainerMode: ...
def as_ContainerMode_opt(value: ContainerMode | ContainerModeLiteral | None) -> ContainerMode | None: ...
