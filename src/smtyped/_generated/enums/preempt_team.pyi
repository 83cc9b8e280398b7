# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import PreemptTeamTasks as PreemptTeamTasks
from smtyped._generated.enums._p import PreemptTeamTasksLiteral as PreemptTeamTasksLiteral
from smtyped._generated.enums._p import as_PreemptTeamTasks as as_PreemptTeamTasks
from smtyped._generated.enums._p import as_PreemptTeamTasks_opt as as_PreemptTeamTasks_opt

__all__ = [
    "PreemptTeamTasks",
    "PreemptTeamTasksLiteral",
]
