# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelSortKey as ModelSortKey
from smtyped._generated.enums._m import ModelSortKeyLiteral as ModelSortKeyLiteral
from smtyped._generated.enums._m import as_ModelSortKey as as_ModelSortKey
from smtyped._generated.enums._m import as_ModelSortKey_opt as as_ModelSortKey_opt

__all__ = [
    "ModelSortKey",
    "ModelSortKeyLiteral",
]
