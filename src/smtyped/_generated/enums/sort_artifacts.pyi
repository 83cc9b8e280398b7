# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortArtifactsBy(OpenEnum):
    CREATIONTIME = "CreationTime"

SortArtifactsByLiteral = Literal["CreationTime",]

def as_SortArtifactsBy(value: SortArtifactsBy | SortArtifactsByLiteral) -> SortArtifactsBy: ...
def as_SortArtifactsBy_opt(value: SortArtifactsBy | SortArtifactsByLiteral | None) -> SortArtifactsBy | None: ...
