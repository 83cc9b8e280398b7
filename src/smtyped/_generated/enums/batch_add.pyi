# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BatchAddClusterNodesErrorCode as BatchAddClusterNodesErrorCode
from smtyped._generated.enums._b import BatchAddClusterNodesErrorCodeLiteral as BatchAddClusterNodesErrorCodeLiteral
from smtyped._generated.enums._b import as_BatchAddClusterNodesErrorCode as as_BatchAddClusterNodesErrorCode
from smtyped._generated.enums._b import as_BatchAddClusterNodesErrorCode_opt as as_BatchAddClusterNodesErrorCode_opt

__all__ = [
    "BatchAddClusterNodesErrorCode",
    "BatchAddClusterNodesErrorCodeLiteral",
]
