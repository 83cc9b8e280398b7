# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MaintenanceStatus(OpenEnum):
    MAINTENANCEINPROGRESS = "MaintenanceInProgress"
    MAINTENANCECOMPLETE = "MaintenanceComplete"
    MAINTENANCEFAILED = "MaintenanceFailed"

MaintenanceStatusLiteral = Literal[
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_MaintenanceStatus(value: MaintenanceStatus | MaintenanceStatusLiteral) -> MaintenanceStatus: ...
def as_MaintenanceStatus_opt(
    value: MaintenanceStatus | MaintenanceStatusLiteral | None,
) -> MaintenanceStatus | None: ...
