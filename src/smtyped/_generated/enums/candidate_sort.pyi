# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CandidateSortBy(OpenEnum):
    CREATIONTIME = "CreationTime"
    STATUS = "Status"
    FINALOBJECTIVEMETRICVALUE = "FinalObjectiveMetricValue"

CandidateSortByLiteral = Literal[
    "CreationTime",
    "Status",
    "FinalObjectiveMetricValue",
]

def as_CandidateSortBy(value: CandidateSortBy | CandidateSortByLiteral) -> CandidateSortBy: ...
def as_CandidateSortBy_opt(value: CandidateSortBy | CandidateSortByLiteral | None) -> CandidateSortBy | None: ...
