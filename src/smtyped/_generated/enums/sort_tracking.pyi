# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortTrackingServerBy as SortTrackingServerBy
from smtyped._generated.enums._s import SortTrackingServerByLiteral as SortTrackingServerByLiteral
from smtyped._generated.enums._s import as_SortTrackingServerBy as as_SortTrackingServerBy
from smtyped._generated.enums._s import as_SortTrackingServerBy_opt as as_SortTrackingServerBy_opt

__all__ = [
    "SortTrackingServerBy",
    "SortTrackingServerByLiteral",
]
