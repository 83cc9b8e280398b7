# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelRegistrationMode as ModelRegistrationMode
from smtyped._generated.enums._m import ModelRegistrationModeLiteral as ModelRegistrationModeLiteral
from smtyped._generated.enums._m import as_ModelRegistrationMode as as_ModelRegistrationMode
from smtyped._generated.enums._m import as_ModelRegistrationMode_opt as as_ModelRegistrationMode_opt

__all__ = [
    "ModelRegistrationMode",
    "ModelRegistrationModeLiteral",
]
