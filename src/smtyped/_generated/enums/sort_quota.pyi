# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortQuotaBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"
    CLUSTERARN = "ClusterArn"

SortQuotaByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
    "ClusterArn",
]

def as_SortQuotaBy(value: SortQuotaBy | SortQuotaByLiteral) -> SortQuotaBy: ...
def as_SortQuotaBy_opt(value: SortQuotaBy | SortQuotaByLiteral | None) -> SortQuotaBy | None: ...
