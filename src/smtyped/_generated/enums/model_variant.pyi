# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelVariantAction as ModelVariantAction
from smtyped._generated.enums._m import ModelVariantActionLiteral as ModelVariantActionLiteral
from smtyped._generated.enums._m import ModelVariantStatus as ModelVariantStatus
from smtyped._generated.enums._m import ModelVariantStatusLiteral as ModelVariantStatusLiteral
from smtyped._generated.enums._m import as_ModelVariantAction as as_ModelVariantAction
from smtyped._generated.enums._m import as_ModelVariantAction_opt as as_ModelVariantAction_opt
from smtyped._generated.enums._m import as_ModelVariantStatus as as_ModelVariantStatus
from smtyped._generated.enums._m import as_ModelVariantStatus_opt as as_ModelVariantStatus_opt

__all__ = [
    "ModelVariantAction",
    "ModelVariantActionLiteral",
    "ModelVariantStatus",
    "ModelVariantStatusLiteral",
]
