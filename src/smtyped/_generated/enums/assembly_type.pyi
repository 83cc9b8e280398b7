# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AssemblyType(OpenEnum):
    NONE = "None"
    LINE = "Line"

AssemblyTypeLiteral = Literal[
    "None",
    "Line",
]

def as_AssemblyType(value: AssemblyType | AssemblyTypeLiteral) -> AssemblyType: ...
def as_AssemblyType_opt(value: AssemblyType | AssemblyTypeLiteral | None) -> AssemblyType | None: ...
