# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortClusterSchedulerConfigBy as SortClusterSchedulerConfigBy
from smtyped._generated.enums._s import SortClusterSchedulerConfigByLiteral as SortClusterSchedulerConfigByLiteral
from smtyped._generated.enums._s import as_SortClusterSchedulerConfigBy as as_SortClusterSchedulerConfigBy
from smtyped._generated.enums._s import as_SortClusterSchedulerConfigBy_opt as as_SortClusterSchedulerConfigBy_opt

__all__ = [
    "SortClusterSchedulerConfigBy",
    "SortClusterSchedulerConfigByLiteral",
]
