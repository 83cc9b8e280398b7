# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Processor(OpenEnum):
    CPU = "CPU"
    GPU = "GPU"

ProcessorLiteral = Literal[
    "CPU",
    "GPU",
]

def as_Processor(value: Processor | ProcessorLiteral) -> Processor: ...
def as_Processor_opt(value: Processor | ProcessorLiteral | None) -> Processor | None: ...
