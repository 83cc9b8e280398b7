# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MlTools as MlTools
from smtyped._generated.enums._m import MlToolsLiteral as MlToolsLiteral
from smtyped._generated.enums._m import as_MlTools as as_MlTools
from smtyped._generated.enums._m import as_MlTools_opt as as_MlTools_opt

__all__ = [
    "MlTools",
    "MlToolsLiteral",
]
