# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class PreemptTeamTasks(OpenEnum):
    NEVER = "Never"
    LOWERPRIORITY = "LowerPriority"

PreemptTeamTasksLiteral = Literal[
    "Never",
    "LowerPriority",
]

def as_PreemptTeamTasks(value: PreemptTeamTasks | PreemptTeamTasksLiteral) -> PreemptTeamTasks: ...
def as_PreemptTeamTasks_opt(value: PreemptTeamTasks | PreemptTeamTasksLiteral | None) -> PreemptTeamTasks | None: ...
