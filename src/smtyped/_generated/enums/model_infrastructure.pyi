# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelInfrastructureType as ModelInfrastructureType
from smtyped._generated.enums._m import ModelInfrastructureTypeLiteral as ModelInfrastructureTypeLiteral
from smtyped._generated.enums._m import as_ModelInfrastructureType as as_ModelInfrastructureType
from smtyped._generated.enums._m import as_ModelInfrastructureType_opt as as_ModelInfrastructureType_opt

__all__ = [
    "ModelInfrastructureType",
    "ModelInfrastructureTypeLiteral",
]
