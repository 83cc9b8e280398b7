# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RuleEvaluationStatus(OpenEnum):
    INPROGRESS = "InProgress"
    NOISSUESFOUND = "NoIssuesFound"
    ISSUESFOUND = "IssuesFound"
    ERROR = "Error"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

RuleEvaluationStatusLiteral = Literal[
    "InProgress",
    "NoIssuesFound",
    "IssuesFound",
    "Error",
    "Stopping",
    "Stopped",
]

def as_RuleEvaluationStatus(value: RuleEvaluationStatus | RuleEvaluationStatusLiteral) -> RuleEvaluationStatus: ...
def as_RuleEvaluationStatus_opt(
    value: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None,
) -> RuleEvaluationStatus | None: ...
