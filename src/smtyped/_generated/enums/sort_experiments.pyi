# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortExperimentsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortExperimentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortExperimentsBy(value: SortExperimentsBy | SortExperimentsByLiteral) -> SortExperimentsBy: ...
def as_SortExperimentsBy_opt(
    value: SortExperimentsBy | SortExperimentsByLiteral | None,
) -> SortExperimentsBy | None: ...
