# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class LifecycleManagement(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

LifecycleManagementLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_LifecycleManagement(value: LifecycleManagement | LifecycleManagementLiteral) -> LifecycleManagement: ...
def as_LifecycleManagement_opt(
    value: LifecycleManagement | LifecycleManagementLiteral | None,
) -> LifecycleManagement | None: ...
