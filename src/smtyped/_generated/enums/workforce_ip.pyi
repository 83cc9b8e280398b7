# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class WorkforceIpAddressType(OpenEnum):
    IPV4 = "ipv4"
    DUALSTACK = "dualstack"

WorkforceIpAddressTypeLiteral = Literal[
    "ipv4",
    "dualstack",
]

def as_WorkforceIpAddressType(
    value: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral,
) -> WorkforceIpAddressType: ...
def as_WorkforceIpAddressType_opt(
    value: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None,
) -> WorkforceIpAddressType | None: ...
