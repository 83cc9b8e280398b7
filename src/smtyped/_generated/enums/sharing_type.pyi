# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SharingType(OpenEnum):
    PRIVATE = "Private"
    SHARED = "Shared"

SharingTypeLiteral = Literal[
    "Private",
    "Shared",
]

def as_SharingType(value: SharingType | SharingTypeLiteral) -> SharingType: ...
def as_SharingType_opt(value: SharingType | SharingTypeLiteral | None) -> SharingType | None: ...
