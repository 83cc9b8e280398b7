# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringType(OpenEnum):
    DATAQUALITY = "DataQuality"
    MODELQUALITY = "ModelQuality"
    MODELBIAS = "ModelBias"
    MODELEXPLAINABILITY = "ModelExplainability"

MonitoringTypeLiteral = Literal[
    "DataQuality",
    "ModelQuality",
    "ModelBias",
    "ModelExplainability",
]

def as_MonitoringType(value: MonitoringType | MonitoringTypeLiteral) -> MonitoringType: ...
def as_MonitoringType_opt(value: MonitoringType | MonitoringTypeLiteral | None) -> MonitoringType | None: ...
