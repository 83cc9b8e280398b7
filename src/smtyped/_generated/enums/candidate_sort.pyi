# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CandidateSortBy as CandidateSortBy
from smtyped._generated.enums._c import CandidateSortByLiteral as CandidateSortByLiteral
from smtyped._generated.enums._c import as_CandidateSortBy as as_CandidateSortBy
from smtyped._generated.enums._c import as_CandidateSortBy_opt as as_CandidateSortBy_opt

__all__ = [
    "CandidateSortBy",
    "CandidateSortByLiteral",
]
