# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FeatureType as FeatureType
from smtyped._generated.enums._f import FeatureTypeLiteral as FeatureTypeLiteral
from smtyped._generated.enums._f import as_FeatureType as as_FeatureType
from smtyped._generated.enums._f import as_FeatureType_opt as as_FeatureType_opt

__all__ = [
    "FeatureType",
    "FeatureTypeLiteral",
]
