# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MetricSetSource(OpenEnum):
    TRAIN = "Train"
    VALIDATION = "Validation"
    TEST = "Test"

MetricSetSourceLiteral = Literal[
    "Train",
    "Validation",
    "Test",
]

def as_MetricSetSource(value: MetricSetSource | MetricSetSourceLiteral) -> MetricSetSource: ...
def as_MetricSetSource_opt(value: MetricSetSource | MetricSetSourceLiteral | None) -> MetricSetSource | None: ...
