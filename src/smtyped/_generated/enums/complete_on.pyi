# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CompleteOnConvergence as CompleteOnConvergence
from smtyped._generated.enums._c import CompleteOnConvergenceLiteral as CompleteOnConvergenceLiteral
from smtyped._generated.enums._c import as_CompleteOnConvergence as as_CompleteOnConvergence
from smtyped._generated.enums._c import as_CompleteOnConvergence_opt as as_CompleteOnConvergence_opt

__all__ = [
    "CompleteOnConvergence",
    "CompleteOnConvergenceLiteral",
]
