# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateEdgeDeploymentPlanRequest as CreateEdgeDeploymentPlanRequest
from smtyped._generated.shapes._c import CreateEdgeDeploymentPlanResponse as CreateEdgeDeploymentPlanResponse
from smtyped._generated.shapes._c import CreateEdgeDeploymentStageRequest as CreateEdgeDeploymentStageRequest
from smtyped._generated.shapes._c import CreateEdgeDeploymentStageResponse as CreateEdgeDeploymentStageResponse
from smtyped._generated.shapes._c import CreateEdgePackagingJobRequest as CreateEdgePackagingJobRequest
from smtyped._generated.shapes._c import CreateEdgePackagingJobResponse as CreateEdgePackagingJobResponse

__all__ = [
    "CreateEdgeDeploymentPlanRequest",
    "CreateEdgeDeploymentPlanResponse",
    "CreateEdgeDeploymentStageRequest",
    "CreateEdgeDeploymentStageResponse",
    "CreateEdgePackagingJobRequest",
    "CreateEdgePackagingJobResponse",
]
