# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EdgePresetDeploymentStatus as EdgePresetDeploymentStatus
from smtyped._generated.enums._e import EdgePresetDeploymentStatusLiteral as EdgePresetDeploymentStatusLiteral
from smtyped._generated.enums._e import EdgePresetDeploymentType as EdgePresetDeploymentType
from smtyped._generated.enums._e import EdgePresetDeploymentTypeLiteral as EdgePresetDeploymentTypeLiteral
from smtyped._generated.enums._e import as_EdgePresetDeploymentStatus as as_EdgePresetDeploymentStatus
from smtyped._generated.enums._e import as_EdgePresetDeploymentStatus_opt as as_EdgePresetDeploymentStatus_opt
from smtyped._generated.enums._e import as_EdgePresetDeploymentType as as_EdgePresetDeploymentType
from smtyped._generated.enums._e import as_EdgePresetDeploymentType_opt as as_EdgePresetDeploymentType_opt

__all__ = [
    "EdgePresetDeploymentStatus",
    "EdgePresetDeploymentStatusLiteral",
    "EdgePresetDeploymentType",
    "EdgePresetDeploymentTypeLiteral",
]
