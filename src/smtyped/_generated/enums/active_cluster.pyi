# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ActiveClusterOperationName(OpenEnum):
    SCALING = "Scaling"

ActiveClusterOperationNameLiteral = Literal["Scaling",]

def as_ActiveClusterOperationName(
    value: ActiveClusterOperationName | ActiveClusterOperationNameLiteral,
) -> ActiveClusterOperationName: ...
def as_ActiveClusterOperationName_opt(
    value: ActiveClusterOperationName | ActiveClusterOperationNameLiteral | None,
) -> ActiveClusterOperationName | None: ...
