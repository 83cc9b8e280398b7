# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CaptureMode(OpenEnum):
    INPUT = "Input"
    OUTPUT = "Output"
    INPUTANDOUTPUT = "InputAndOutput"

CaptureModeLiteral = Literal[
    "Input",
    "Output",
    "InputAndOutput",
]

def as_CaptureMode(value: CaptureMode | CaptureModeLiteral) -> CaptureMode: ...
def as_CaptureMode_opt(value: CaptureMode | CaptureModeLiteral | None) -> CaptureMode | None: ...
