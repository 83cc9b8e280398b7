# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClarifyFeatureType as ClarifyFeatureType
from smtyped._generated.enums._c import ClarifyFeatureTypeLiteral as ClarifyFeatureTypeLiteral
from smtyped._generated.enums._c import as_ClarifyFeatureType as as_ClarifyFeatureType
from smtyped._generated.enums._c import as_ClarifyFeatureType_opt as as_ClarifyFeatureType_opt

__all__ = [
    "ClarifyFeatureType",
    "ClarifyFeatureTypeLiteral",
]
