# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class LineageType(OpenEnum):
    TRIALCOMPONENT = "TrialComponent"
    ARTIFACT = "Artifact"
    CONTEXT = "Context"
    ACTION = "Action"

LineageTypeLiteral = Literal[
    "TrialComponent",
    "Artifact",
    "Context",
    "Action",
]

def as_LineageType(value: LineageType | LineageTypeLiteral) -> LineageType: ...
def as_LineageType_opt(value: LineageType | LineageTypeLiteral | None) -> LineageType | None: ...
