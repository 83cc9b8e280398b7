# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Peft(OpenEnum):
    LORA = "LORA"

PeftLiteral = Literal["LORA",]

def as_Peft(value: Peft | PeftLiteral) -> Peft: ...
def as_Peft_opt(value: Peft | PeftLiteral | None) -> Peft | None: ...
