# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortTrialComponentsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortTrialComponentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortTrialComponentsBy(value: SortTrialComponentsBy | SortTrialComponentsByLiteral) -> SortTrialComponentsBy: ...
def as_SortTrialComponentsBy_opt(
    value: SortTrialComponentsBy | SortTrialComponentsByLiteral | None,
) -> SortTrialComponentsBy | None: ...
