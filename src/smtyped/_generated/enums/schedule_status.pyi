# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import ScheduleStatus as ScheduleStatus
from smtyped._generated.enums._s import ScheduleStatusLiteral as ScheduleStatusLiteral
from smtyped._generated.enums._s import as_ScheduleStatus as as_ScheduleStatus
from smtyped._generated.enums._s import as_ScheduleStatus_opt as as_ScheduleStatus_opt

__all__ = [
    "ScheduleStatus",
    "ScheduleStatusLiteral",
]
