# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CandidateStatus as CandidateStatus
from smtyped._generated.enums._c import CandidateStatusLiteral as CandidateStatusLiteral
from smtyped._generated.enums._c import as_CandidateStatus as as_CandidateStatus
from smtyped._generated.enums._c import as_CandidateStatus_opt as as_CandidateStatus_opt

__all__ = [
    "CandidateStatus",
    "CandidateStatusLiteral",
]
