# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._u import UltraServerHealthStatus as UltraServerHealthStatus
from smtyped._generated.enums._u import UltraServerHealthStatusLiteral as UltraServerHealthStatusLiteral
from smtyped._generated.enums._u import as_UltraServerHealthStatus as as_UltraServerHealthStatus
from smtyped._generated.enums._u import as_UltraServerHealthStatus_opt as as_UltraServerHealthStatus_opt

__all__ = [
    "UltraServerHealthStatus",
    "UltraServerHealthStatusLiteral",
]
