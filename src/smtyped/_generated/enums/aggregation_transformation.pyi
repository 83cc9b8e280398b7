# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AggregationTransformationValue(OpenEnum):
    SUM = "sum"
    AVG = "avg"
    FIRST = "first"
    MIN = "min"
    MAX = "max"

AggregationTransformationValueLiteral = Literal[
    "sum",
    "avg",
    "first",
    "min",
    "max",
]

def as_AggregationTransformationValue(
    value: AggregationTransformationValue | AggregationTransformationValueLiteral,
) -> AggregationTransformationValue: ...
def as_AggregationTransformationValue_opt(
    value: AggregationTransformationValue | AggregationTransformationValueLiteral | None,
) -> AggregationTransformationValue | None: ...
