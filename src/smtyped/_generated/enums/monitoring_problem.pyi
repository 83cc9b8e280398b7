# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringProblemType as MonitoringProblemType
from smtyped._generated.enums._m import MonitoringProblemTypeLiteral as MonitoringProblemTypeLiteral
from smtyped._generated.enums._m import as_MonitoringProblemType as as_MonitoringProblemType
from smtyped._generated.enums._m import as_MonitoringProblemType_opt as as_MonitoringProblemType_opt

__all__ = [
    "MonitoringProblemType",
    "MonitoringProblemTypeLiteral",
]
