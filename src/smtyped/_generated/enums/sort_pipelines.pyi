# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortPipelinesBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortPipelinesByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortPipelinesBy(value: SortPipelinesBy | SortPipelinesByLiteral) -> SortPipelinesBy: ...
def as_SortPipelinesBy_opt(value: SortPipelinesBy | SortPipelinesByLiteral | None) -> SortPipelinesBy | None: ...
