# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ResourceSharingStrategy(OpenEnum):
    LEND = "Lend"
    DONTLEND = "DontLend"
    LENDANDBORROW = "LendAndBorrow"

ResourceSharingStrategyLiteral = Literal[
    "Lend",
    "DontLend",
    "LendAndBorrow",
]

def as_ResourceSharingStrategy(
    value: ResourceSharingStrategy | ResourceSharingStrategyLiteral,
) -> ResourceSharingStrategy: ...
def as_ResourceSharingStrategy_opt(
    value: ResourceSharingStrategy | ResourceSharingStrategyLiteral | None,
) -> ResourceSharingStrategy | None: ...
