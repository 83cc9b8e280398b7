# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelCompressionType(OpenEnum):
    NONE = "None"
    GZIP = "Gzip"

ModelCompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_ModelCompressionType(value: ModelCompressionType | ModelCompressionTypeLiteral) -> ModelCompressionType: ...
def as_ModelCompressionType_opt(
    value: ModelCompressionType | ModelCompressionTypeLiteral | None,
) -> ModelCompressionType | None: ...
