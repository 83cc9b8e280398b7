# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortInferenceExperimentsBy as SortInferenceExperimentsBy
from smtyped._generated.enums._s import SortInferenceExperimentsByLiteral as SortInferenceExperimentsByLiteral
from smtyped._generated.enums._s import as_SortInferenceExperimentsBy as as_SortInferenceExperimentsBy
from smtyped._generated.enums._s import as_SortInferenceExperimentsBy_opt as as_SortInferenceExperimentsBy_opt

__all__ = [
    "SortInferenceExperimentsBy",
    "SortInferenceExperimentsByLiteral",
]
