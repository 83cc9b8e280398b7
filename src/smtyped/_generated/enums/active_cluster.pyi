# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import ActiveClusterOperationName as ActiveClusterOperationName
from smtyped._generated.enums._a import ActiveClusterOperationNameLiteral as ActiveClusterOperationNameLiteral
from smtyped._generated.enums._a import as_ActiveClusterOperationName as as_ActiveClusterOperationName
from smtyped._generated.enums._a import as_ActiveClusterOperationName_opt as as_ActiveClusterOperationName_opt

__all__ = [
    "ActiveClusterOperationName",
    "ActiveClusterOperationNameLiteral",
]
