# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortClusterSchedulerConfigBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortClusterSchedulerConfigByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortClusterSchedulerConfigBy(
    value: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral,
) -> SortClusterSchedulerConfigBy: ...
def as_SortClusterSchedulerConfigBy_opt(
    value: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral | None,
) -> SortClusterSchedulerConfigBy | None: ...
