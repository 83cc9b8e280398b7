# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._v import VariantPropertyType as VariantPropertyType
from smtyped._generated.enums._v import VariantPropertyTypeLiteral as VariantPropertyTypeLiteral
from smtyped._generated.enums._v import as_VariantPropertyType as as_VariantPropertyType
from smtyped._generated.enums._v import as_VariantPropertyType_opt as as_VariantPropertyType_opt

__all__ = [
    "VariantPropertyType",
    "VariantPropertyTypeLiteral",
]
