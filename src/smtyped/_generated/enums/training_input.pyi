# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrainingInputMode(OpenEnum):
    PIPE = "Pipe"
    FILE = "File"
    FASTFILE = "FastFile"

TrainingInputModeLiteral = Literal[
    "Pipe",
    "File",
    "FastFile",
]

def as_TrainingInputMode(value: TrainingInputMode | TrainingInputModeLiteral) -> TrainingInputMode: ...
def as_TrainingInputMode_opt(
    value: TrainingInputMode | TrainingInputModeLiteral | None,
) -> TrainingInputMode | None: ...
