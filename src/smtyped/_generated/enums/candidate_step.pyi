# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CandidateStepType as CandidateStepType
from smtyped._generated.enums._c import CandidateStepTypeLiteral as CandidateStepTypeLiteral
from smtyped._generated.enums._c import as_CandidateStepType as as_CandidateStepType
from smtyped._generated.enums._c import as_CandidateStepType_opt as as_CandidateStepType_opt

__all__ = [
    "CandidateStepType",
    "CandidateStepTypeLiteral",
]
