# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateClusterRequest as UpdateClusterRequest
from smtyped._generated.shapes._u import UpdateClusterResponse as UpdateClusterResponse
from smtyped._generated.shapes._u import UpdateClusterSchedulerConfigRequest as UpdateClusterSchedulerConfigRequest
from smtyped._generated.shapes._u import UpdateClusterSchedulerConfigResponse as UpdateClusterSchedulerConfigResponse
from smtyped._generated.shapes._u import (
    UpdateClusterSoftwareInstanceGroupSpecification as UpdateClusterSoftwareInstanceGroupSpecification,
)
from smtyped._generated.shapes._u import UpdateClusterSoftwareRequest as UpdateClusterSoftwareRequest
from smtyped._generated.shapes._u import UpdateClusterSoftwareResponse as UpdateClusterSoftwareResponse

__all__ = [
    "UpdateClusterRequest",
    "UpdateClusterResponse",
    "UpdateClusterSchedulerConfigRequest",
    "UpdateClusterSchedulerConfigResponse",
    "UpdateClusterSoftwareInstanceGroupSpecification",
    "UpdateClusterSoftwareRequest",
    "UpdateClusterSoftwareResponse",
]
