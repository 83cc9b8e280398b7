# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DataDistributionType(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_DataDistributionType(value: DataDistributionType | DataDistributionTypeLiteral) -> DataDistributionType: ...
def as_DataDistributionType_opt(
    value: DataDistributionType | DataDistributionTypeLiteral | None,
) -> DataDistributionType | None: ...
