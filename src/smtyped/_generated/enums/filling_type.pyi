# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FillingType(OpenEnum):
    FRONTFILL = "frontfill"
    MIDDLEFILL = "middlefill"
    BACKFILL = "backfill"
    FUTUREFILL = "futurefill"
    FRONTFILL_VALUE = "frontfill_value"
    MIDDLEFILL_VALUE = "middlefill_value"
    BACKFILL_VALUE = "backfill_value"
    FUTUREFILL_VALUE = "futurefill_value"

FillingTypeLiteral = Literal[
    "frontfill",
    "middlefill",
    "backfill",
    "futurefill",
    "frontfill_value",
    "middlefill_value",
    "backfill_value",
    "futurefill_value",
]

def as_FillingType(value: FillingType | FillingTypeLiteral) -> FillingType: ...
def as_FillingType_opt(value: FillingType | FillingTypeLiteral | None) -> FillingType | None: ...
