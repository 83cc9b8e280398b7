# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CompressionType(OpenEnum):
    NONE = "None"
    GZIP = "Gzip"

CompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_CompressionType(value: CompressionType | CompressionTypeLiteral) -> CompressionType: ...
def as_CompressionType_opt(value: CompressionType | CompressionTypeLiteral | None) -> CompressionType | None: ...
