# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CategoricalParameter as CategoricalParameter
from smtyped._generated.shapes._c import CategoricalParameterRange as CategoricalParameterRange
from smtyped._generated.shapes._c import (
    CategoricalParameterRangeSpecification as CategoricalParameterRangeSpecification,
)

__all__ = [
    "CategoricalParameter",
    "CategoricalParameterRange",
    "CategoricalParameterRangeSpecification",
]
