# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class IPAddressType(OpenEnum):
    IPV4 = "ipv4"
    DUALSTACK = "dualstack"

IPAddressTypeLiteral = Literal[
    "ipv4",
    "dualstack",
]

def as_IPAddressType(value: IPAddressType | IPAddressTypeLiteral) -> IPAddressType: ...
def as_IPAddressType_opt(value: IPAddressType | IPAddressTypeLiteral | None) -> IPAddressType | None: ...
