# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AlgorithmStatus as AlgorithmStatus
from smtyped._generated.enums._a import AlgorithmStatusLiteral as AlgorithmStatusLiteral
from smtyped._generated.enums._a import as_AlgorithmStatus as as_AlgorithmStatus
from smtyped._generated.enums._a import as_AlgorithmStatus_opt as as_AlgorithmStatus_opt

__all__ = [
    "AlgorithmStatus",
    "AlgorithmStatusLiteral",
]
