# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BatchDeleteClusterNodesErrorCode as BatchDeleteClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchDeleteClusterNodesErrorCodeLiteral as BatchDeleteClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import as_BatchDeleteClusterNodesErrorCode as as_BatchDeleteClusterNodesErrorCode
from smtyped._generated.enums._b import (
    as_BatchDeleteClusterNodesErrorCode_opt as as_BatchDeleteClusterNodesErrorCode_opt,
)

__all__ = [
    "BatchDeleteClusterNodesErrorCode",
    "BatchDeleteClusterNodesErrorCodeLiteral",
]
