# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DataSourceName as DataSourceName
from smtyped._generated.enums._d import DataSourceNameLiteral as DataSourceNameLiteral
from smtyped._generated.enums._d import as_DataSourceName as as_DataSourceName
from smtyped._generated.enums._d import as_DataSourceName_opt as as_DataSourceName_opt

__all__ = [
    "DataSourceName",
    "DataSourceNameLiteral",
]
