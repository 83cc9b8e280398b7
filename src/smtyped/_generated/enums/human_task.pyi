# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HumanTaskUiStatus as HumanTaskUiStatus
from smtyped._generated.enums._h import HumanTaskUiStatusLiteral as HumanTaskUiStatusLiteral
from smtyped._generated.enums._h import as_HumanTaskUiStatus as as_HumanTaskUiStatus
from smtyped._generated.enums._h import as_HumanTaskUiStatus_opt as as_HumanTaskUiStatus_opt

__all__ = [
    "HumanTaskUiStatus",
    "HumanTaskUiStatusLiteral",
]
