# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class PipelineStatus(OpenEnum):
    ACTIVE = "Active"
    DELETING = "Deleting"

PipelineStatusLiteral = Literal[
    "Active",
    "Deleting",
]

def as_PipelineStatus(value: PipelineStatus | PipelineStatusLiteral) -> PipelineStatus: ...
def as_PipelineStatus_opt(value: PipelineStatus | PipelineStatusLiteral | None) -> PipelineStatus | None: ...
