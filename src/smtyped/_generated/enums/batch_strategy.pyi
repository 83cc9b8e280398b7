# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchStrategy(OpenEnum):
    MULTIRECORD = "MultiRecord"
    SINGLERECORD = "SingleRecord"

BatchStrategyLiteral = Literal[
    "MultiRecord",
    "SingleRecord",
]

def as_BatchStrategy(value: BatchStrategy | BatchStrategyLiteral) -> BatchStrategy: ...
def as_BatchStrategy_opt(value: BatchStrategy | BatchStrategyLiteral | None) -> BatchStrategy | None: ...
