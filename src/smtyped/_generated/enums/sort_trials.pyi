# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortTrialsBy as SortTrialsBy
from smtyped._generated.enums._s import SortTrialsByLiteral as SortTrialsByLiteral
from smtyped._generated.enums._s import as_SortTrialsBy as as_SortTrialsBy
from smtyped._generated.enums._s import as_SortTrialsBy_opt as as_SortTrialsBy_opt

__all__ = [
    "SortTrialsBy",
    "SortTrialsByLiteral",
]
