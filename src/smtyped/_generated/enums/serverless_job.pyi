# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ServerlessJobType(OpenEnum):
    FINETUNING = "FineTuning"
    EVALUATION = "Evaluation"

ServerlessJobTypeLiteral = Literal[
    "FineTuning",
    "Evaluation",
]

def as_ServerlessJobType(value: ServerlessJobType | ServerlessJobTypeLiteral) -> ServerlessJobType: ...
def as_ServerlessJobType_opt(
    value: ServerlessJobType | ServerlessJobTypeLiteral | None,
) -> ServerlessJobType | None: ...
