# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrialComponentPrimaryStatus as TrialComponentPrimaryStatus
from smtyped._generated.enums._t import TrialComponentPrimaryStatusLiteral as TrialComponentPrimaryStatusLiteral
from smtyped._generated.enums._t import as_TrialComponentPrimaryStatus as as_TrialComponentPrimaryStatus
from smtyped._generated.enums._t import as_TrialComponentPrimaryStatus_opt as as_TrialComponentPrimaryStatus_opt

__all__ = [
    "TrialComponentPrimaryStatus",
    "TrialComponentPrimaryStatusLiteral",
]
