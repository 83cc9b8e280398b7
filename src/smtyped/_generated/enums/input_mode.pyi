# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class InputMode(OpenEnum):
    PIPE = "Pipe"
    FILE = "File"

InputModeLiteral = Literal[
    "Pipe",
    "File",
]

def as_InputMode(value: InputMode | InputModeLiteral) -> InputMode: ...
def as_InputMode_opt(value: InputMode | InputModeLiteral | None) -> InputMode | None: ...
