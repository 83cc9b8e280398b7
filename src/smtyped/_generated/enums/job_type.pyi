# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._j import JobType as JobType
from smtyped._generated.enums._j import JobTypeLiteral as JobTypeLiteral
from smtyped._generated.enums._j import as_JobType as as_JobType
from smtyped._generated.enums._j import as_JobType_opt as as_JobType_opt

__all__ = [
    "JobType",
    "JobTypeLiteral",
]
