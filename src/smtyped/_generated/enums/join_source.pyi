# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class JoinSource(OpenEnum):
    INPUT = "Input"
    NONE = "None"

JoinSourceLiteral = Literal[
    "Input",
    "None",
]

def as_JoinSource(value: JoinSource | JoinSourceLiteral) -> JoinSource: ...
def as_JoinSource_opt(value: JoinSource | JoinSourceLiteral | None) -> JoinSource | None: ...
