# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortPipelineExecutionsBy(OpenEnum):
    CREATIONTIME = "CreationTime"
    PIPELINEEXECUTIONARN = "PipelineExecutionArn"

SortPipelineExecutionsByLiteral = Literal[
    "CreationTime",
    "PipelineExecutionArn",
]

def as_SortPipelineExecutionsBy(
    value: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral,
) -> SortPipelineExecutionsBy: ...
def as_SortPipelineExecutionsBy_opt(
    value: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None,
) -> SortPipelineExecutionsBy | None: ...
