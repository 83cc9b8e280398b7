# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._v import VariantStatus as VariantStatus
from smtyped._generated.enums._v import VariantStatusLiteral as VariantStatusLiteral
from smtyped._generated.enums._v import as_VariantStatus as as_VariantStatus
from smtyped._generated.enums._v import as_VariantStatus_opt as as_VariantStatus_opt

__all__ = [
    "VariantStatus",
    "VariantStatusLiteral",
]
