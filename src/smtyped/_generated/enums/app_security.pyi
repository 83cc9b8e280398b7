# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppSecurityGroupManagement(OpenEnum):
    SERVICE = "Service"
    CUSTOMER = "Customer"

AppSecurityGroupManagementLiteral = Literal[
    "Service",
    "Customer",
]

def as_AppSecurityGroupManagement(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral,
) -> AppSecurityGroupManagement: ...
def as_AppSecurityGroupManagement_opt(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None,
) -> AppSecurityGroupManagement | None: ...
