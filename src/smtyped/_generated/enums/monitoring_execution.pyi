# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringExecutionSortKey as MonitoringExecutionSortKey
from smtyped._generated.enums._m import MonitoringExecutionSortKeyLiteral as MonitoringExecutionSortKeyLiteral
from smtyped._generated.enums._m import as_MonitoringExecutionSortKey as as_MonitoringExecutionSortKey
from smtyped._generated.enums._m import as_MonitoringExecutionSortKey_opt as as_MonitoringExecutionSortKey_opt

__all__ = [
    "MonitoringExecutionSortKey",
    "MonitoringExecutionSortKeyLiteral",
]
