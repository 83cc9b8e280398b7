# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._n import NotebookOutputOption as NotebookOutputOption
from smtyped._generated.enums._n import NotebookOutputOptionLiteral as NotebookOutputOptionLiteral
from smtyped._generated.enums._n import as_NotebookOutputOption as as_NotebookOutputOption
from smtyped._generated.enums._n import as_NotebookOutputOption_opt as as_NotebookOutputOption_opt

__all__ = [
    "NotebookOutputOption",
    "NotebookOutputOptionLiteral",
]
