# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BatchReplaceClusterNodesErrorCode as BatchReplaceClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchReplaceClusterNodesErrorCodeLiteral as BatchReplaceClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import as_BatchReplaceClusterNodesErrorCode as as_BatchReplaceClusterNodesErrorCode
from smtyped._generated.enums._b import (
    as_BatchReplaceClusterNodesErrorCode_opt as as_BatchReplaceClusterNodesErrorCode_opt,
)

__all__ = [
    "BatchReplaceClusterNodesErrorCode",
    "BatchReplaceClusterNodesErrorCodeLiteral",
]
