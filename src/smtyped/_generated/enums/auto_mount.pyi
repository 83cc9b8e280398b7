# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AutoMountHomeEFS(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"
    DEFAULTASDOMAIN = "DefaultAsDomain"

AutoMountHomeEFSLiteral = Literal[
    "Enabled",
    "Disabled",
    "DefaultAsDomain",
]

def as_AutoMountHomeEFS(value: AutoMountHomeEFS | AutoMountHomeEFSLiteral) -> AutoMountHomeEFS: ...
def as_AutoMountHomeEFS_opt(value: AutoMountHomeEFS | AutoMountHomeEFSLiteral | None) -> AutoMountHomeEFS | None: ...
