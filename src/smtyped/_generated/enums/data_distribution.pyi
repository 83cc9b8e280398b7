# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DataDistributionType as DataDistributionType
from smtyped._generated.enums._d import DataDistributionTypeLiteral as DataDistributionTypeLiteral
from smtyped._generated.enums._d import as_DataDistributionType as as_DataDistributionType
from smtyped._generated.enums._d import as_DataDistributionType_opt as as_DataDistributionType_opt

__all__ = [
    "DataDistributionType",
    "DataDistributionTypeLiteral",
]
