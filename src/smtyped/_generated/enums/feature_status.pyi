# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FeatureStatus as FeatureStatus
from smtyped._generated.enums._f import FeatureStatusLiteral as FeatureStatusLiteral
from smtyped._generated.enums._f import as_FeatureStatus as as_FeatureStatus
from smtyped._generated.enums._f import as_FeatureStatus_opt as as_FeatureStatus_opt

__all__ = [
    "FeatureStatus",
    "FeatureStatusLiteral",
]
