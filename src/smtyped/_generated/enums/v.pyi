# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
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
