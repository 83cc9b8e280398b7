# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._b import (
    BatchReplaceClusterNodeLogicalIdsError as BatchReplaceClusterNodeLogicalIdsError,
)
from smtyped._generated.shapes._b import BatchReplaceClusterNodesError as BatchReplaceClusterNodesError
from smtyped._generated.shapes._b import BatchReplaceClusterNodesRequest as BatchReplaceClusterNodesRequest
from smtyped._generated.shapes._b import BatchReplaceClusterNodesResponse as BatchReplaceClusterNodesResponse

__all__ = [
    "BatchReplaceClusterNodeLogicalIdsError",
    "BatchReplaceClusterNodesError",
    "BatchReplaceClusterNodesRequest",
    "BatchReplaceClusterNodesResponse",
]
