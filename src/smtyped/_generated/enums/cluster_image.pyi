# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterImageVersionStatus(OpenEnum):
    UPTODATE = "UpToDate"
    UPDATEAVAILABLE = "UpdateAvailable"
    SECURITYUPDATEREQUIRED = "SecurityUpdateRequired"
    ENDOFLIFE = "EndOfLife"

ClusterImageVersionStatusLiteral = Literal[
    "UpToDate",
    "UpdateAvailable",
    "SecurityUpdateRequired",
    "EndOfLife",
]

def as_ClusterImageVersionStatus(
    value: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral,
) -> ClusterImageVersionStatus: ...
def as_ClusterImageVersionStatus_opt(
    value: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None,
) -> ClusterImageVersionStatus | None: ...
