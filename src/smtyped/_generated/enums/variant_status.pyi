# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class VariantStatus(OpenEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    ACTIVATINGTRAFFIC = "ActivatingTraffic"
    BAKING = "Baking"

VariantStatusLiteral = Literal[
    "Creating",
    "Updating",
    "Deleting",
    "ActivatingTraffic",
    "Baking",
]

def as_VariantStatus(value: VariantStatus | VariantStatusLiteral) -> VariantStatus: ...
def as_VariantStatus_opt(value: VariantStatus | VariantStatusLiteral | None) -> VariantStatus | None: ...
