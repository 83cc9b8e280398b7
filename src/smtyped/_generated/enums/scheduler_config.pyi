# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SchedulerConfigComponent(OpenEnum):
    PRIORITYCLASSES = "PriorityClasses"
    FAIRSHARE = "FairShare"
    IDLERESOURCESHARING = "IdleResourceSharing"

SchedulerConfigComponentLiteral = Literal[
    "PriorityClasses",
    "FairShare",
    "IdleResourceSharing",
]

def as_SchedulerConfigComponent(
    value: SchedulerConfigComponent | SchedulerConfigComponentLiteral,
) -> SchedulerConfigComponent: ...
def as_SchedulerConfigComponent_opt(
    value: SchedulerConfigComponent | SchedulerConfigComponentLiteral | None,
) -> SchedulerConfigComponent | None: ...
