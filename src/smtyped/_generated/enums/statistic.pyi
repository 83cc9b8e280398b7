# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Statistic(OpenEnum):
    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    SAMPLECOUNT = "SampleCount"
    SUM = "Sum"

StatisticLiteral = Literal[
    "Average",
    "Minimum",
    "Maximum",
    "SampleCount",
    "Sum",
]

def as_Statistic(value: Statistic | StatisticLiteral) -> Statistic: ...
def as_Statistic_opt(value: Statistic | StatisticLiteral | None) -> Statistic | None: ...
