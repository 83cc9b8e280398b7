# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class InferenceExecutionMode(OpenEnum):
    SERIAL = "Serial"
    DIRECT = "Direct"

InferenceExecutionModeLiteral = Literal[
    "Serial",
    "Direct",
]

def as_InferenceExecutionMode(
    value: InferenceExecutionMode | InferenceExecutionModeLiteral,
) -> InferenceExecutionMode: ...
def as_InferenceExecutionMode_opt(
    value: InferenceExecutionMode | InferenceExecutionModeLiteral | None,
) -> InferenceExecutionMode | None: ...
