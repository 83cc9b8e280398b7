# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InputMode as InputMode
from smtyped._generated.enums._i import InputModeLiteral as InputModeLiteral
from smtyped._generated.enums._i import as_InputMode as as_InputMode
from smtyped._generated.enums._i import as_InputMode_opt as as_InputMode_opt

__all__ = [
    "InputMode",
    "InputModeLiteral",
]
