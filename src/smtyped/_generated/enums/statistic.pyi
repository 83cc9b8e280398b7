# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import Statistic as Statistic
from smtyped._generated.enums._s import StatisticLiteral as StatisticLiteral
from smtyped._generated.enums._s import as_Statistic as as_Statistic
from smtyped._generated.enums._s import as_Statistic_opt as as_Statistic_opt

__all__ = [
    "Statistic",
    "StatisticLiteral",
]
