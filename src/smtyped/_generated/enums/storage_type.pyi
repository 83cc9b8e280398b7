# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class StorageType(OpenEnum):
    STANDARD = "Standard"
    INMEMORY = "InMemory"

StorageTypeLiteral = Literal[
    "Standard",
    "InMemory",
]

def as_StorageType(value: StorageType | StorageTypeLiteral) -> StorageType: ...
def as_StorageType_opt(value: StorageType | StorageTypeLiteral | None) -> StorageType | None: ...
