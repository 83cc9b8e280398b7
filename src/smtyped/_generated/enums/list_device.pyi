# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListDeviceFleetsSortBy as ListDeviceFleetsSortBy
from smtyped._generated.enums._l import ListDeviceFleetsSortByLiteral as ListDeviceFleetsSortByLiteral
from smtyped._generated.enums._l import as_ListDeviceFleetsSortBy as as_ListDeviceFleetsSortBy
from smtyped._generated.enums._l import as_ListDeviceFleetsSortBy_opt as as_ListDeviceFleetsSortBy_opt

__all__ = [
    "ListDeviceFleetsSortBy",
    "ListDeviceFleetsSortByLiteral",
]
