# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortTrialsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortTrialsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortTrialsBy(value: SortTrialsBy | SortTrialsByLiteral) -> SortTrialsBy: ...
def as_SortTrialsBy_opt(value: SortTrialsBy | SortTrialsByLiteral | None) -> SortTrialsBy | None: ...
