# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._b import BatchRebootClusterNodeLogicalIdsError as BatchRebootClusterNodeLogicalIdsError
from smtyped._generated.shapes._b import BatchRebootClusterNodesError as BatchRebootClusterNodesError
from smtyped._generated.shapes._b import BatchRebootClusterNodesRequest as BatchRebootClusterNodesRequest
from smtyped._generated.shapes._b import BatchRebootClusterNodesResponse as BatchRebootClusterNodesResponse

__all__ = [
    "BatchRebootClusterNodeLogicalIdsError",
    "BatchRebootClusterNodesError",
    "BatchRebootClusterNodesRequest",
    "BatchRebootClusterNodesResponse",
]
