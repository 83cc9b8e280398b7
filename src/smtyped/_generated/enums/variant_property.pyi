# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class VariantPropertyType(OpenEnum):
    DESIREDINSTANCECOUNT = "DesiredInstanceCount"
    DESIREDWEIGHT = "DesiredWeight"
    DATACAPTURECONFIG = "DataCaptureConfig"

VariantPropertyTypeLiteral = Literal[
    "DesiredInstanceCount",
    "DesiredWeight",
    "DataCaptureConfig",
]

def as_VariantPropertyType(value: VariantPropertyType | VariantPropertyTypeLiteral) -> VariantPropertyType: ...
def as_VariantPropertyType_opt(
    value: VariantPropertyType | VariantPropertyTypeLiteral | None,
) -> VariantPropertyType | None: ...
