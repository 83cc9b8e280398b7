# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._b import BatchDeleteClusterNodeLogicalIdsError as BatchDeleteClusterNodeLogicalIdsError
from smtyped._generated.shapes._b import BatchDeleteClusterNodesError as BatchDeleteClusterNodesError
from smtyped._generated.shapes._b import BatchDeleteClusterNodesRequest as BatchDeleteClusterNodesRequest
from smtyped._generated.shapes._b import BatchDeleteClusterNodesResponse as BatchDeleteClusterNodesResponse

__all__ = [
    "BatchDeleteClusterNodeLogicalIdsError",
    "BatchDeleteClusterNodesError",
    "BatchDeleteClusterNodesRequest",
    "BatchDeleteClusterNodesResponse",
]
