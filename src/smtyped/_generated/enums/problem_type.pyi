# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProblemType(OpenEnum):
    BINARYCLASSIFICATION = "BinaryClassification"
    MULTICLASSCLASSIFICATION = "MulticlassClassification"
    REGRESSION = "Regression"

ProblemTypeLiteral = Literal[
    "BinaryClassification",
    "MulticlassClassification",
    "Regression",
]

def as_ProblemType(value: ProblemType | ProblemTypeLiteral) -> ProblemType: ...
def as_ProblemType_opt(value: ProblemType | ProblemTypeLiteral | None) -> ProblemType | None: ...
