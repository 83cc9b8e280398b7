# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringScheduleSortKey as MonitoringScheduleSortKey
from smtyped._generated.enums._m import MonitoringScheduleSortKeyLiteral as MonitoringScheduleSortKeyLiteral
from smtyped._generated.enums._m import as_MonitoringScheduleSortKey as as_MonitoringScheduleSortKey
from smtyped._generated.enums._m import as_MonitoringScheduleSortKey_opt as as_MonitoringScheduleSortKey_opt

__all__ = [
    "MonitoringScheduleSortKey",
    "MonitoringScheduleSortKeyLiteral",
]
