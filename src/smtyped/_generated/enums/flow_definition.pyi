# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FlowDefinitionStatus(OpenEnum):
    INITIALIZING = "Initializing"
    ACTIVE = "Active"
    FAILED = "Failed"
    DELETING = "Deleting"

FlowDefinitionStatusLiteral = Literal[
    "Initializing",
    "Active",
    "Failed",
    "Deleting",
]

def as_FlowDefinitionStatus(value: FlowDefinitionStatus | FlowDefinitionStatusLiteral) -> FlowDefinitionStatus: ...
def as_FlowDefinitionStatus_opt(
    value: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None,
) -> FlowDefinitionStatus | None: ...
