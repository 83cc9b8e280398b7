# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CaptureStatus(OpenEnum):
    STARTED = "Started"
    STOPPED = "Stopped"

CaptureStatusLiteral = Literal[
    "Started",
    "Stopped",
]

def as_CaptureStatus(value: CaptureStatus | CaptureStatusLiteral) -> CaptureStatus: ...
def as_CaptureStatus_opt(value: CaptureStatus | CaptureStatusLiteral | None) -> CaptureStatus | None: ...
