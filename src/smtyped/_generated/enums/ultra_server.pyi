# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class UltraServerHealthStatus(OpenEnum):
    OK = "OK"
    IMPAIRED = "Impaired"
    INSUFFICIENT_DATA = "Insufficient-Data"

UltraServerHealthStatusLiteral = Literal[
    "OK",
    "Impaired",
    "Insufficient-Data",
]

def as_UltraServerHealthStatus(
    value: UltraServerHealthStatus | UltraServerHealthStatusLiteral,
) -> UltraServerHealthStatus: ...
def as_UltraServerHealthStatus_opt(
    value: UltraServerHealthStatus | UltraServerHealthStatusLiteral | None,
) -> UltraServerHealthStatus | None: ...
