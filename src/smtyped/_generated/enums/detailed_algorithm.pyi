# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DetailedAlgorithmStatus as DetailedAlgorithmStatus
from smtyped._generated.enums._d import DetailedAlgorithmStatusLiteral as DetailedAlgorithmStatusLiteral
from smtyped._generated.enums._d import as_DetailedAlgorithmStatus as as_DetailedAlgorithmStatus
from smtyped._generated.enums._d import as_DetailedAlgorithmStatus_opt as as_DetailedAlgorithmStatus_opt

__all__ = [
    "DetailedAlgorithmStatus",
    "DetailedAlgorithmStatusLiteral",
]
