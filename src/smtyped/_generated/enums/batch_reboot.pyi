# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BatchRebootClusterNodesErrorCode as BatchRebootClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchRebootClusterNodesErrorCodeLiteral as BatchRebootClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import as_BatchRebootClusterNodesErrorCode as as_BatchRebootClusterNodesErrorCode
from smtyped._generated.enums._b import (
    as_BatchRebootClusterNodesErrorCode_opt as as_BatchRebootClusterNodesErrorCode_opt,
)

__all__ = [
    "BatchRebootClusterNodesErrorCode",
    "BatchRebootClusterNodesErrorCodeLiteral",
]
