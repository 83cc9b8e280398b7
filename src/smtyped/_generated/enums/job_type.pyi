# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class JobType(OpenEnum):
    TRAINING = "TRAINING"
    INFERENCE = "INFERENCE"
    NOTEBOOK_KERNEL = "NOTEBOOK_KERNEL"

JobTypeLiteral = Literal[
    "TRAINING",
    "INFERENCE",
    "NOTEBOOK_KERNEL",
]

def as_JobType(value: JobType | JobTypeLiteral) -> JobType: ...
def as_JobType_opt(value: JobType | JobTypeLiteral | None) -> JobType | None: ...
