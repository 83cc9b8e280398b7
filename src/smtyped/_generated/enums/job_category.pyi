# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class JobCategory(OpenEnum):
    AGENTRFT = "AgentRFT"
    AGENTRFTEVALUATION = "AgentRFTEvaluation"

JobCategoryLiteral = Literal[
    "AgentRFT",
    "AgentRFTEvaluation",
]

def as_JobCategory(value: JobCategory | JobCategoryLiteral) -> JobCategory: ...
def as_JobCategory_opt(value: JobCategory | JobCategoryLiteral | None) -> JobCategory | None: ...
