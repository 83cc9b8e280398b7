# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SchedulerResourceStatus as SchedulerResourceStatus
from smtyped._generated.enums._s import SchedulerResourceStatusLiteral as SchedulerResourceStatusLiteral
from smtyped._generated.enums._s import as_SchedulerResourceStatus as as_SchedulerResourceStatus
from smtyped._generated.enums._s import as_SchedulerResourceStatus_opt as as_SchedulerResourceStatus_opt

__all__ = [
    "SchedulerResourceStatus",
    "SchedulerResourceStatusLiteral",
]
