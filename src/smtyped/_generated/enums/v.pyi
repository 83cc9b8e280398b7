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

class VariantStatus(OpenEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    ACTIVATINGTRAFFIC = "ActivatingTraffic"
    BAKING = "Baking"

VariantStatusLiteral = Literal[
    "Creating",
    "Updating",
    "Deleting",
    "ActivatingTraffic",
    "Baking",
]

def as_VariantStatus(value: VariantStatus | VariantStatusLiteral) -> VariantStatus: ...
def as_VariantStatus_opt(value: VariantStatus | VariantStatusLiteral | None) -> VariantStatus | None: ...

class VendorGuidance(OpenEnum):
    NOT_PROVIDED = "NOT_PROVIDED"
    STABLE = "STABLE"
    TO_BE_ARCHIVED = "TO_BE_ARCHIVED"
    ARCHIVED = "ARCHIVED"

VendorGuidanceLiteral = Literal[
    "NOT_PROVIDED",
    "STABLE",
    "TO_BE_ARCHIVED",
    "ARCHIVED",
]

def as_VendorGuidance(value: VendorGuidance | VendorGuidanceLiteral) -> VendorGuidance: ...
def as_VendorGuidance_opt(value: VendorGuidance | VendorGuidanceLiteral | None) -> VendorGuidance | None: ...
