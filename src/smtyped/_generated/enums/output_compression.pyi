# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class OutputCompressionType(OpenEnum):
    GZIP = "GZIP"
    NONE = "NONE"

OutputCompressionTypeLiteral = Literal[
    "GZIP",
    "NONE",
]

def as_OutputCompressionType(value: OutputCompressionType | OutputCompressionTypeLiteral) -> OutputCompressionType: ...
def as_OutputCompressionType_opt(
    value: OutputCompressionType | OutputCompressionTypeLiteral | None,
) -> OutputCompressionType | None: ...
