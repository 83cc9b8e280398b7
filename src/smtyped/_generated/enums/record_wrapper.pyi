# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RecordWrapper(OpenEnum):
    NONE = "None"
    RECORDIO = "RecordIO"

RecordWrapperLiteral = Literal[
    "None",
    "RecordIO",
]

def as_RecordWrapper(value: RecordWrapper | RecordWrapperLiteral) -> RecordWrapper: ...
def as_RecordWrapper_opt(value: RecordWrapper | RecordWrapperLiteral | None) -> RecordWrapper | None: ...
