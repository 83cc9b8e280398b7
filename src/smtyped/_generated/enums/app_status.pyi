# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppStatus(OpenEnum):
    DELETED = "Deleted"
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"

AppStatusLiteral = Literal[
    "Deleted",
    "Deleting",
    "Failed",
    "InService",
    "Pending",
]

def as_AppStatus(value: AppStatus | AppStatusLiteral) -> AppStatus: ...
def as_AppStatus_opt(value: AppStatus | AppStatusLiteral | None) -> AppStatus | None: ...
