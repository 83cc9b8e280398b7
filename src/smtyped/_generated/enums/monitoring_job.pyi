# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringJobDefinitionSortKey as MonitoringJobDefinitionSortKey
from smtyped._generated.enums._m import MonitoringJobDefinitionSortKeyLiteral as MonitoringJobDefinitionSortKeyLiteral
from smtyped._generated.enums._m import as_MonitoringJobDefinitionSortKey as as_MonitoringJobDefinitionSortKey
from smtyped._generated.enums._m import as_MonitoringJobDefinitionSortKey_opt as as_MonitoringJobDefinitionSortKey_opt

__all__ = [
    "MonitoringJobDefinitionSortKey",
    "MonitoringJobDefinitionSortKeyLiteral",
]
