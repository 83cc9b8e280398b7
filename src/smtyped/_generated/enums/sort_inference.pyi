# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortInferenceExperimentsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortInferenceExperimentsByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortInferenceExperimentsBy(
    value: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral,
) -> SortInferenceExperimentsBy: ...
def as_SortInferenceExperimentsBy_opt(
    value: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral | None,
) -> SortInferenceExperimentsBy | None: ...
