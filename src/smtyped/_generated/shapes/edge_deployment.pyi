# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._e import EdgeDeploymentConfig as EdgeDeploymentConfig
from smtyped._generated.shapes._e import EdgeDeploymentModelConfig as EdgeDeploymentModelConfig
from smtyped._generated.shapes._e import EdgeDeploymentPlanSummary as EdgeDeploymentPlanSummary
from smtyped._generated.shapes._e import EdgeDeploymentStatus as EdgeDeploymentStatus

__all__ = [
    "EdgeDeploymentConfig",
    "EdgeDeploymentModelConfig",
    "EdgeDeploymentPlanSummary",
    "EdgeDeploymentStatus",
]
