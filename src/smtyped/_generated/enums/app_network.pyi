# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppNetworkAccessType(OpenEnum):
    PUBLICINTERNETONLY = "PublicInternetOnly"
    VPCONLY = "VpcOnly"

AppNetworkAccessTypeLiteral = Literal[
    "PublicInternetOnly",
    "VpcOnly",
]

def as_AppNetworkAccessType(value: AppNetworkAccessType | AppNetworkAccessTypeLiteral) -> AppNetworkAccessType: ...
def as_AppNetworkAccessType_opt(
    value: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None,
) -> AppNetworkAccessType | None: ...
