# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import ExecutionStatus as ExecutionStatus
from smtyped._generated.enums._e import ExecutionStatusLiteral as ExecutionStatusLiteral
from smtyped._generated.enums._e import as_ExecutionStatus as as_ExecutionStatus
from smtyped._generated.enums._e import as_ExecutionStatus_opt as as_ExecutionStatus_opt

__all__ = [
    "ExecutionStatus",
    "ExecutionStatusLiteral",
]
