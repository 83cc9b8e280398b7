# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import Direction as Direction
from smtyped._generated.enums._d import DirectionLiteral as DirectionLiteral
from smtyped._generated.enums._d import as_Direction as as_Direction
from smtyped._generated.enums._d import as_Direction_opt as as_Direction_opt

__all__ = [
    "Direction",
    "DirectionLiteral",
]
