# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SkipModelValidation(OpenEnum):
    ALL = "All"
    NONE = "None"

SkipModelValidationLiteral = Literal[
    "All",
    "None",
]

def as_SkipModelValidation(value: SkipModelValidation | SkipModelValidationLiteral) -> SkipModelValidation: ...
def as_SkipModelValidation_opt(
    value: SkipModelValidation | SkipModelValidationLiteral | None,
) -> SkipModelValidation | None: ...
