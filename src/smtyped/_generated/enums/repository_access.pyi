# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RepositoryAccessMode(OpenEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

RepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

def as_RepositoryAccessMode(value: RepositoryAccessMode | RepositoryAccessModeLiteral) -> RepositoryAccessMode: ...
def as_RepositoryAccessMode_opt(
    value: RepositoryAccessMode | RepositoryAccessModeLiteral | None,
) -> RepositoryAccessMode | None: ...
