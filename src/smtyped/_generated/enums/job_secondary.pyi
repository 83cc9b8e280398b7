# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._j import JobSecondaryStatus as JobSecondaryStatus
from smtyped._generated.enums._j import JobSecondaryStatusLiteral as JobSecondaryStatusLiteral
from smtyped._generated.enums._j import as_JobSecondaryStatus as as_JobSecondaryStatus
from smtyped._generated.enums._j import as_JobSecondaryStatus_opt as as_JobSecondaryStatus_opt

__all__ = [
    "JobSecondaryStatus",
    "JobSecondaryStatusLiteral",
]
