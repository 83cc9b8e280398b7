# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CustomizationTechnique(OpenEnum):
    SFT = "SFT"
    DPO = "DPO"
    RLVR = "RLVR"
    RLAIF = "RLAIF"

CustomizationTechniqueLiteral = Literal[
    "SFT",
    "DPO",
    "RLVR",
    "RLAIF",
]

def as_CustomizationTechnique(
    value: CustomizationTechnique | CustomizationTechniqueLiteral,
) -> CustomizationTechnique: ...
def as_CustomizationTechnique_opt(
    value: CustomizationTechnique | CustomizationTechniqueLiteral | None,
) -> CustomizationTechnique | None: ...
