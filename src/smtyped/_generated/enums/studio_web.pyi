# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class StudioWebPortal(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

StudioWebPortalLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_StudioWebPortal(value: StudioWebPortal | StudioWebPortalLiteral) -> StudioWebPortal: ...
def as_StudioWebPortal_opt(value: StudioWebPortal | StudioWebPortalLiteral | None) -> StudioWebPortal | None: ...
