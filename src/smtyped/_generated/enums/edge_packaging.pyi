# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EdgePackagingJobStatus as EdgePackagingJobStatus
from smtyped._generated.enums._e import EdgePackagingJobStatusLiteral as EdgePackagingJobStatusLiteral
from smtyped._generated.enums._e import as_EdgePackagingJobStatus as as_EdgePackagingJobStatus
from smtyped._generated.enums._e import as_EdgePackagingJobStatus_opt as as_EdgePackagingJobStatus_opt

__all__ = [
    "EdgePackagingJobStatus",
    "EdgePackagingJobStatusLiteral",
]
