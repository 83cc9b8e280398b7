# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SplitType(OpenEnum):
    NONE = "None"
    LINE = "Line"
    RECORDIO = "RecordIO"
    TFRECORD = "TFRecord"

SplitTypeLiteral = Literal[
    "None",
    "Line",
    "RecordIO",
    "TFRecord",
]

def as_SplitType(value: SplitType | SplitTypeLiteral) -> SplitType: ...
def as_SplitType_opt(value: SplitType | SplitTypeLiteral | None) -> SplitType | None: ...
