# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._j import JobStatus as JobStatus
from smtyped._generated.enums._j import JobStatusLiteral as JobStatusLiteral
from smtyped._generated.enums._j import as_JobStatus as as_JobStatus
from smtyped._generated.enums._j import as_JobStatus_opt as as_JobStatus_opt

__all__ = [
    "JobStatus",
    "JobStatusLiteral",
]
