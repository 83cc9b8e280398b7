# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Direction(OpenEnum):
    BOTH = "Both"
    ASCENDANTS = "Ascendants"
    DESCENDANTS = "Descendants"

DirectionLiteral = Literal[
    "Both",
    "Ascendants",
    "Descendants",
]

def as_Direction(value: Direction | DirectionLiteral) -> Direction: ...
def as_Direction_opt(value: Direction | DirectionLiteral | None) -> Direction | None: ...
