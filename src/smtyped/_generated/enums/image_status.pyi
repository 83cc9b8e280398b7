# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import ImageStatus as ImageStatus
from smtyped._generated.enums._i import ImageStatusLiteral as ImageStatusLiteral
from smtyped._generated.enums._i import as_ImageStatus as as_ImageStatus
from smtyped._generated.enums._i import as_ImageStatus_opt as as_ImageStatus_opt

__all__ = [
    "ImageStatus",
    "ImageStatusLiteral",
]
