# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ManagedStorageType(OpenEnum):
    RESTRICTED = "Restricted"

ManagedStorageTypeLiteral = Literal["Restricted",]

def as_ManagedStorageType(value: ManagedStorageType | ManagedStorageTypeLiteral) -> ManagedStorageType: ...
def as_ManagedStorageType_opt(
    value: ManagedStorageType | ManagedStorageTypeLiteral | None,
) -> ManagedStorageType | None: ...
