# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringProblemType(OpenEnum):
    BINARYCLASSIFICATION = "BinaryClassification"
    MULTICLASSCLASSIFICATION = "MulticlassClassification"
    REGRESSION = "Regression"

MonitoringProblemTypeLiteral = Literal[
    "BinaryClassification",
    "MulticlassClassification",
    "Regression",
]

def as_MonitoringProblemType(value: MonitoringProblemType | MonitoringProblemTypeLiteral) -> MonitoringProblemType: ...
def as_MonitoringProblemType_opt(
    value: MonitoringProblemType | MonitoringProblemTypeLiteral | None,
) -> MonitoringProblemType | None: ...
