# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SpaceSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"

SpaceSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
]

def as_SpaceSortKey(value: SpaceSortKey | SpaceSortKeyLiteral) -> SpaceSortKey: ...
def as_SpaceSortKey_opt(value: SpaceSortKey | SpaceSortKeyLiteral | None) -> SpaceSortKey | None: ...
