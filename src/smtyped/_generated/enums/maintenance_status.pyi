# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MaintenanceStatus as MaintenanceStatus
from smtyped._generated.enums._m import MaintenanceStatusLiteral as MaintenanceStatusLiteral
from smtyped._generated.enums._m import as_MaintenanceStatus as as_MaintenanceStatus
from smtyped._generated.enums._m import as_MaintenanceStatus_opt as as_MaintenanceStatus_opt

__all__ = [
    "MaintenanceStatus",
    "MaintenanceStatusLiteral",
]
