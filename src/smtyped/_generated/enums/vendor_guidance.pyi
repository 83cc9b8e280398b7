# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class VendorGuidance(OpenEnum):
    NOT_PROVIDED = "NOT_PROVIDED"
    STABLE = "STABLE"
    TO_BE_ARCHIVED = "TO_BE_ARCHIVED"
    ARCHIVED = "ARCHIVED"

VendorGuidanceLiteral = Literal[
    "NOT_PROVIDED",
    "STABLE",
    "TO_BE_ARCHIVED",
    "ARCHIVED",
]

def as_VendorGuidance(value: VendorGuidance | VendorGuidanceLiteral) -> VendorGuidance: ...
def as_VendorGuidance_opt(value: VendorGuidance | VendorGuidanceLiteral | None) -> VendorGuidance | None: ...
