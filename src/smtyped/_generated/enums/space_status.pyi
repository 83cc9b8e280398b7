# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SpaceStatus as SpaceStatus
from smtyped._generated.enums._s import SpaceStatusLiteral as SpaceStatusLiteral
from smtyped._generated.enums._s import as_SpaceStatus as as_SpaceStatus
from smtyped._generated.enums._s import as_SpaceStatus_opt as as_SpaceStatus_opt

__all__ = [
    "SpaceStatus",
    "SpaceStatusLiteral",
]
