# Generated stub. Do not edit.
# Every enum whose name starts with "V", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class VariantPropertyType(OpenEnum):
    """Values of ``VariantPropertyType``. Unknown values load as ``VariantPropertyType(value)`` with
    ``is_known`` False.

    Added:
        DESIRED_INSTANCE_COUNT: 'DesiredInstanceCount' since 2020-02-26
        DESIRED_WEIGHT: 'DesiredWeight' since 2020-02-26
        DATA_CAPTURE_CONFIG: 'DataCaptureConfig' since 2020-02-26
    """

    DESIRED_INSTANCE_COUNT = "DesiredInstanceCount"
    DESIRED_WEIGHT = "DesiredWeight"
    DATA_CAPTURE_CONFIG = "DataCaptureConfig"

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
    """Values of ``VariantStatus``. Unknown values load as ``VariantStatus(value)`` with ``is_known``
    False.

    Added:
        CREATING: 'Creating' since 2021-11-08
        UPDATING: 'Updating' since 2021-11-08
        DELETING: 'Deleting' since 2021-11-08
        ACTIVATING_TRAFFIC: 'ActivatingTraffic' since 2021-11-08
        BAKING: 'Baking' since 2021-11-08
    """

    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    ACTIVATING_TRAFFIC = "ActivatingTraffic"
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
    """Values of ``VendorGuidance``. Unknown values load as ``VendorGuidance(value)`` with ``is_known``
    False.

    Added:
        NOT_PROVIDED: 'NOT_PROVIDED' since 2022-12-19
        STABLE: 'STABLE' since 2022-12-19
        TO_BE_ARCHIVED: 'TO_BE_ARCHIVED' since 2022-12-19
        ARCHIVED: 'ARCHIVED' since 2022-12-19
    """

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

class VolumeAttachmentStatus(OpenEnum):
    """Values of ``VolumeAttachmentStatus``. Unknown values load as ``VolumeAttachmentStatus(value)``
    with ``is_known`` False.

    Added:
        ATTACHING: 'attaching' since 2025-08-04
        ATTACHED: 'attached' since 2025-08-04
        DETACHING: 'detaching' since 2025-08-04
        DETACHED: 'detached' since 2025-08-04
        BUSY: 'busy' since 2025-08-04
    """

    ATTACHING = "attaching"
    ATTACHED = "attached"
    DETACHING = "detaching"
    DETACHED = "detached"
    BUSY = "busy"

VolumeAttachmentStatusLiteral = Literal[
    "attaching",
    "attached",
    "detaching",
    "detached",
    "busy",
]

def as_VolumeAttachmentStatus(
    value: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral,
) -> VolumeAttachmentStatus: ...
def as_VolumeAttachmentStatus_opt(
    value: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral | None,
) -> VolumeAttachmentStatus | None: ...
