# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import Framework as Framework
from smtyped._generated.enums._f import FrameworkLiteral as FrameworkLiteral
from smtyped._generated.enums._f import as_Framework as as_Framework
from smtyped._generated.enums._f import as_Framework_opt as as_Framework_opt

__all__ = [
    "Framework",
    "FrameworkLiteral",
]
