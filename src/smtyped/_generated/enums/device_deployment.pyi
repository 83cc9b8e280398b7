# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DeviceDeploymentStatus as DeviceDeploymentStatus
from smtyped._generated.enums._d import DeviceDeploymentStatusLiteral as DeviceDeploymentStatusLiteral
from smtyped._generated.enums._d import as_DeviceDeploymentStatus as as_DeviceDeploymentStatus
from smtyped._generated.enums._d import as_DeviceDeploymentStatus_opt as as_DeviceDeploymentStatus_opt

__all__ = [
    "DeviceDeploymentStatus",
    "DeviceDeploymentStatusLiteral",
]
