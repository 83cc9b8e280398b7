# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SageMakerImageName as SageMakerImageName
from smtyped._generated.enums._s import SageMakerImageNameLiteral as SageMakerImageNameLiteral
from smtyped._generated.enums._s import SageMakerResourceName as SageMakerResourceName
from smtyped._generated.enums._s import SageMakerResourceNameLiteral as SageMakerResourceNameLiteral
from smtyped._generated.enums._s import as_SageMakerImageName as as_SageMakerImageName
from smtyped._generated.enums._s import as_SageMakerImageName_opt as as_SageMakerImageName_opt
from smtyped._generated.enums._s import as_SageMakerResourceName as as_SageMakerResourceName
from smtyped._generated.enums._s import as_SageMakerResourceName_opt as as_SageMakerResourceName_opt

__all__ = [
    "SageMakerImageName",
    "SageMakerImageNameLiteral",
    "SageMakerResourceName",
    "SageMakerResourceNameLiteral",
]
