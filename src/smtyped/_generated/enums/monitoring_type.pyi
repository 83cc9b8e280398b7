# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringType as MonitoringType
from smtyped._generated.enums._m import MonitoringTypeLiteral as MonitoringTypeLiteral
from smtyped._generated.enums._m import as_MonitoringType as as_MonitoringType
from smtyped._generated.enums._m import as_MonitoringType_opt as as_MonitoringType_opt

__all__ = [
    "MonitoringType",
    "MonitoringTypeLiteral",
]
