# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrainingRepositoryAccessMode(OpenEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

TrainingRepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

def as_TrainingRepositoryAccessMode(
    value: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral,
) -> TrainingRepositoryAccessMode: ...
def as_TrainingRepositoryAccessMode_opt(
    value: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral | None,
) -> TrainingRepositoryAccessMode | None: ...
