# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortExperimentsBy as SortExperimentsBy
from smtyped._generated.enums._s import SortExperimentsByLiteral as SortExperimentsByLiteral
from smtyped._generated.enums._s import as_SortExperimentsBy as as_SortExperimentsBy
from smtyped._generated.enums._s import as_SortExperimentsBy_opt as as_SortExperimentsBy_opt

__all__ = [
    "SortExperimentsBy",
    "SortExperimentsByLiteral",
]
