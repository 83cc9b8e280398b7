# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SchedulerConfigComponent as SchedulerConfigComponent
from smtyped._generated.enums._s import SchedulerConfigComponentLiteral as SchedulerConfigComponentLiteral
from smtyped._generated.enums._s import as_SchedulerConfigComponent as as_SchedulerConfigComponent
from smtyped._generated.enums._s import as_SchedulerConfigComponent_opt as as_SchedulerConfigComponent_opt

__all__ = [
    "SchedulerConfigComponent",
    "SchedulerConfigComponentLiteral",
]
