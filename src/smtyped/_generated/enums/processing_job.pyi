# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProcessingJobStatus as ProcessingJobStatus
from smtyped._generated.enums._p import ProcessingJobStatusLiteral as ProcessingJobStatusLiteral
from smtyped._generated.enums._p import as_ProcessingJobStatus as as_ProcessingJobStatus
from smtyped._generated.enums._p import as_ProcessingJobStatus_opt as as_ProcessingJobStatus_opt

__all__ = [
    "ProcessingJobStatus",
    "ProcessingJobStatusLiteral",
]
