# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SoftwareUpdateStatus as SoftwareUpdateStatus
from smtyped._generated.enums._s import SoftwareUpdateStatusLiteral as SoftwareUpdateStatusLiteral
from smtyped._generated.enums._s import as_SoftwareUpdateStatus as as_SoftwareUpdateStatus
from smtyped._generated.enums._s import as_SoftwareUpdateStatus_opt as as_SoftwareUpdateStatus_opt

__all__ = [
    "SoftwareUpdateStatus",
    "SoftwareUpdateStatusLiteral",
]
