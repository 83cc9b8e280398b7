# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortTrialComponentsBy as SortTrialComponentsBy
from smtyped._generated.enums._s import SortTrialComponentsByLiteral as SortTrialComponentsByLiteral
from smtyped._generated.enums._s import as_SortTrialComponentsBy as as_SortTrialComponentsBy
from smtyped._generated.enums._s import as_SortTrialComponentsBy_opt as as_SortTrialComponentsBy_opt

__all__ = [
    "SortTrialComponentsBy",
    "SortTrialComponentsByLiteral",
]
