# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import IncludedData as IncludedData
from smtyped._generated.enums._i import IncludedDataLiteral as IncludedDataLiteral
from smtyped._generated.enums._i import as_IncludedData as as_IncludedData
from smtyped._generated.enums._i import as_IncludedData_opt as as_IncludedData_opt

__all__ = [
    "IncludedData",
    "IncludedDataLiteral",
]
