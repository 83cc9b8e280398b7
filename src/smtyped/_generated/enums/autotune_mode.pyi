# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AutotuneMode(OpenEnum):
    ENABLED = "Enabled"

AutotuneModeLiteral = Literal["Enabled",]

def as_AutotuneMode(value: AutotuneMode | AutotuneModeLiteral) -> AutotuneMode: ...
def as_AutotuneMode_opt(value: AutotuneMode | AutotuneModeLiteral | None) -> AutotuneMode | None: ...
