# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SkipModelValidation as SkipModelValidation
from smtyped._generated.enums._s import SkipModelValidationLiteral as SkipModelValidationLiteral
from smtyped._generated.enums._s import as_SkipModelValidation as as_SkipModelValidation
from smtyped._generated.enums._s import as_SkipModelValidation_opt as as_SkipModelValidation_opt

__all__ = [
    "SkipModelValidation",
    "SkipModelValidationLiteral",
]
