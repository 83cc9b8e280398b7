# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HumanTaskUiStatus(OpenEnum):
    ACTIVE = "Active"
    DELETING = "Deleting"

HumanTaskUiStatusLiteral = Literal[
    "Active",
    "Deleting",
]

def as_HumanTaskUiStatus(value: HumanTaskUiStatus | HumanTaskUiStatusLiteral) -> HumanTaskUiStatus: ...
def as_HumanTaskUiStatus_opt(
    value: HumanTaskUiStatus | HumanTaskUiStatusLiteral | None,
) -> HumanTaskUiStatus | None: ...
