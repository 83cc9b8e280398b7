# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class WarmPoolResourceStatus(OpenEnum):
    AVAILABLE = "Available"
    TERMINATED = "Terminated"
    REUSED = "Reused"
    INUSE = "InUse"

WarmPoolResourceStatusLiteral = Literal[
    "Available",
    "Terminated",
    "Reused",
    "InUse",
]

def as_WarmPoolResourceStatus(
    value: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral,
) -> WarmPoolResourceStatus: ...
def as_WarmPoolResourceStatus_opt(
    value: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None,
) -> WarmPoolResourceStatus | None: ...
