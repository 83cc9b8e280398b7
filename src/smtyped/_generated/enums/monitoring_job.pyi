# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringJobDefinitionSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

MonitoringJobDefinitionSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_MonitoringJobDefinitionSortKey(
    value: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral,
) -> MonitoringJobDefinitionSortKey: ...
def as_MonitoringJobDefinitionSortKey_opt(
    value: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None,
) -> MonitoringJobDefinitionSortKey | None: ...
