# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CrossAccountFilterOption(OpenEnum):
    SAMEACCOUNT = "SameAccount"
    CROSSACCOUNT = "CrossAccount"

CrossAccountFilterOptionLiteral = Literal[
    "SameAccount",
    "CrossAccount",
]

def as_CrossAccountFilterOption(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral,
) -> CrossAccountFilterOption: ...
def as_CrossAccountFilterOption_opt(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None,
) -> CrossAccountFilterOption | None: ...
