# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class NotebookOutputOption(OpenEnum):
    ALLOWED = "Allowed"
    DISABLED = "Disabled"

NotebookOutputOptionLiteral = Literal[
    "Allowed",
    "Disabled",
]

def as_NotebookOutputOption(value: NotebookOutputOption | NotebookOutputOptionLiteral) -> NotebookOutputOption: ...
def as_NotebookOutputOption_opt(
    value: NotebookOutputOption | NotebookOutputOptionLiteral | None,
) -> NotebookOutputOption | None: ...
