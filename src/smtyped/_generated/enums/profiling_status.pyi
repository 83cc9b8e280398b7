# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProfilingStatus(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

ProfilingStatusLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ProfilingStatus(value: ProfilingStatus | ProfilingStatusLiteral) -> ProfilingStatus: ...
def as_ProfilingStatus_opt(value: ProfilingStatus | ProfilingStatusLiteral | None) -> ProfilingStatus | None: ...
