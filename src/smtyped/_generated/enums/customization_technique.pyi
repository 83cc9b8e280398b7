# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CustomizationTechnique as CustomizationTechnique
from smtyped._generated.enums._c import CustomizationTechniqueLiteral as CustomizationTechniqueLiteral
from smtyped._generated.enums._c import as_CustomizationTechnique as as_CustomizationTechnique
from smtyped._generated.enums._c import as_CustomizationTechnique_opt as as_CustomizationTechnique_opt

__all__ = [
    "CustomizationTechnique",
    "CustomizationTechniqueLiteral",
]
