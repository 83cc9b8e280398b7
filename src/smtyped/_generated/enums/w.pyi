# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
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
