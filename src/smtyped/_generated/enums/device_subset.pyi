# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DeviceSubsetType(OpenEnum):
    PERCENTAGE = "PERCENTAGE"
    SELECTION = "SELECTION"
    NAMECONTAINS = "NAMECONTAINS"

DeviceSubsetTypeLiteral = Literal[
    "PERCENTAGE",
    "SELECTION",
    "NAMECONTAINS",
]

def as_DeviceSubsetType(value: DeviceSubsetType | DeviceSubsetTypeLiteral) -> DeviceSubsetType: ...
def as_DeviceSubsetType_opt(value: DeviceSubsetType | DeviceSubsetTypeLiteral | None) -> DeviceSubsetType | None: ...
