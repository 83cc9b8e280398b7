# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SagemakerServicecatalogStatus(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

SagemakerServicecatalogStatusLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_SagemakerServicecatalogStatus(
    value: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral,
) -> SagemakerServicecatalogStatus: ...
def as_SagemakerServicecatalogStatus_opt(
    value: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral | None,
) -> SagemakerServicecatalogStatus | None: ...
