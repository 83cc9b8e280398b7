# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EnabledOrDisabled as EnabledOrDisabled
from smtyped._generated.enums._e import EnabledOrDisabledLiteral as EnabledOrDisabledLiteral
from smtyped._generated.enums._e import as_EnabledOrDisabled as as_EnabledOrDisabled
from smtyped._generated.enums._e import as_EnabledOrDisabled_opt as as_EnabledOrDisabled_opt

__all__ = [
    "EnabledOrDisabled",
    "EnabledOrDisabledLiteral",
]
