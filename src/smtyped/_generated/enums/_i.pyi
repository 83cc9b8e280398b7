# Generated stub. Do not edit.
# Every enum whose name starts with "I", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class IPAddressType(OpenEnum):
    """Values of ``IPAddressType``. Unknown values load as ``IPAddressType(value)`` with ``is_known``
    False.

    Added:
        IPV4: 'ipv4' since 2025-09-05
        DUALSTACK: 'dualstack' since 2025-09-05
    """

    IPV4 = "ipv4"
    DUALSTACK = "dualstack"

IPAddressTypeLiteral = Literal[
    "ipv4",
    "dualstack",
]

def as_IPAddressType(value: IPAddressType | IPAddressTypeLiteral) -> IPAddressType: ...
def as_IPAddressType_opt(value: IPAddressType | IPAddressTypeLiteral | None) -> IPAddressType | None: ...

class IdleResourceSharing(OpenEnum):
    """Values of ``IdleResourceSharing``. Unknown values load as ``IdleResourceSharing(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2026-01-27
        DISABLED: 'Disabled' since 2026-01-27
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

IdleResourceSharingLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_IdleResourceSharing(value: IdleResourceSharing | IdleResourceSharingLiteral) -> IdleResourceSharing: ...
def as_IdleResourceSharing_opt(
    value: IdleResourceSharing | IdleResourceSharingLiteral | None,
) -> IdleResourceSharing | None: ...

class ImageSortBy(OpenEnum):
    """Values of ``ImageSortBy``. Unknown values load as ``ImageSortBy(value)`` with ``is_known``
    False.

    Added:
        CREATION_TIME: 'CREATION_TIME' since 2020-10-26
        LAST_MODIFIED_TIME: 'LAST_MODIFIED_TIME' since 2020-10-26
        IMAGE_NAME: 'IMAGE_NAME' since 2020-10-26
    """

    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    IMAGE_NAME = "IMAGE_NAME"

ImageSortByLiteral = Literal[
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "IMAGE_NAME",
]

def as_ImageSortBy(value: ImageSortBy | ImageSortByLiteral) -> ImageSortBy: ...
def as_ImageSortBy_opt(value: ImageSortBy | ImageSortByLiteral | None) -> ImageSortBy | None: ...

class ImageSortOrder(OpenEnum):
    """Values of ``ImageSortOrder``. Unknown values load as ``ImageSortOrder(value)`` with ``is_known``
    False.

    Added:
        ASCENDING: 'ASCENDING' since 2020-10-26
        DESCENDING: 'DESCENDING' since 2020-10-26
    """

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"

ImageSortOrderLiteral = Literal[
    "ASCENDING",
    "DESCENDING",
]

def as_ImageSortOrder(value: ImageSortOrder | ImageSortOrderLiteral) -> ImageSortOrder: ...
def as_ImageSortOrder_opt(value: ImageSortOrder | ImageSortOrderLiteral | None) -> ImageSortOrder | None: ...

class ImageStatus(OpenEnum):
    """Values of ``ImageStatus``. Unknown values load as ``ImageStatus(value)`` with ``is_known``
    False.

    Added:
        CREATING: 'CREATING' since 2020-10-26
        CREATED: 'CREATED' since 2020-10-26
        CREATE_FAILED: 'CREATE_FAILED' since 2020-10-26
        UPDATING: 'UPDATING' since 2020-10-26
        UPDATE_FAILED: 'UPDATE_FAILED' since 2020-10-26
        DELETING: 'DELETING' since 2020-10-26
        DELETE_FAILED: 'DELETE_FAILED' since 2020-10-26
    """

    CREATING = "CREATING"
    CREATED = "CREATED"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    UPDATE_FAILED = "UPDATE_FAILED"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"

ImageStatusLiteral = Literal[
    "CREATING",
    "CREATED",
    "CREATE_FAILED",
    "UPDATING",
    "UPDATE_FAILED",
    "DELETING",
    "DELETE_FAILED",
]

def as_ImageStatus(value: ImageStatus | ImageStatusLiteral) -> ImageStatus: ...
def as_ImageStatus_opt(value: ImageStatus | ImageStatusLiteral | None) -> ImageStatus | None: ...

class ImageVersionSortBy(OpenEnum):
    """Values of ``ImageVersionSortBy``. Unknown values load as ``ImageVersionSortBy(value)`` with
    ``is_known`` False.

    Added:
        CREATION_TIME: 'CREATION_TIME' since 2020-10-26
        LAST_MODIFIED_TIME: 'LAST_MODIFIED_TIME' since 2020-10-26
        VERSION: 'VERSION' since 2020-10-26
    """

    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    VERSION = "VERSION"

ImageVersionSortByLiteral = Literal[
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "VERSION",
]

def as_ImageVersionSortBy(value: ImageVersionSortBy | ImageVersionSortByLiteral) -> ImageVersionSortBy: ...
def as_ImageVersionSortBy_opt(
    value: ImageVersionSortBy | ImageVersionSortByLiteral | None,
) -> ImageVersionSortBy | None: ...

class ImageVersionSortOrder(OpenEnum):
    """Values of ``ImageVersionSortOrder``. Unknown values load as ``ImageVersionSortOrder(value)``
    with ``is_known`` False.

    Added:
        ASCENDING: 'ASCENDING' since 2020-10-26
        DESCENDING: 'DESCENDING' since 2020-10-26
    """

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"

ImageVersionSortOrderLiteral = Literal[
    "ASCENDING",
    "DESCENDING",
]

def as_ImageVersionSortOrder(value: ImageVersionSortOrder | ImageVersionSortOrderLiteral) -> ImageVersionSortOrder: ...
def as_ImageVersionSortOrder_opt(
    value: ImageVersionSortOrder | ImageVersionSortOrderLiteral | None,
) -> ImageVersionSortOrder | None: ...

class ImageVersionStatus(OpenEnum):
    """Values of ``ImageVersionStatus``. Unknown values load as ``ImageVersionStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'CREATING' since 2020-10-26
        CREATED: 'CREATED' since 2020-10-26
        CREATE_FAILED: 'CREATE_FAILED' since 2020-10-26
        DELETING: 'DELETING' since 2020-10-26
        DELETE_FAILED: 'DELETE_FAILED' since 2020-10-26
    """

    CREATING = "CREATING"
    CREATED = "CREATED"
    CREATE_FAILED = "CREATE_FAILED"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"

ImageVersionStatusLiteral = Literal[
    "CREATING",
    "CREATED",
    "CREATE_FAILED",
    "DELETING",
    "DELETE_FAILED",
]

def as_ImageVersionStatus(value: ImageVersionStatus | ImageVersionStatusLiteral) -> ImageVersionStatus: ...
def as_ImageVersionStatus_opt(
    value: ImageVersionStatus | ImageVersionStatusLiteral | None,
) -> ImageVersionStatus | None: ...

class IncludedData(OpenEnum):
    """Values of ``IncludedData``. Unknown values load as ``IncludedData(value)`` with ``is_known``
    False.

    Added:
        ALL_DATA: 'AllData' since 2026-06-04
        METADATA_ONLY: 'MetadataOnly' since 2026-06-04
    """

    ALL_DATA = "AllData"
    METADATA_ONLY = "MetadataOnly"

IncludedDataLiteral = Literal[
    "AllData",
    "MetadataOnly",
]

def as_IncludedData(value: IncludedData | IncludedDataLiteral) -> IncludedData: ...
def as_IncludedData_opt(value: IncludedData | IncludedDataLiteral | None) -> IncludedData | None: ...

class InferenceComponentCapacitySizeType(OpenEnum):
    """Values of ``InferenceComponentCapacitySizeType``. Unknown values load as
    ``InferenceComponentCapacitySizeType(value)`` with ``is_known`` False.

    Added:
        COPY_COUNT: 'COPY_COUNT' since 2025-02-26
        CAPACITY_PERCENT: 'CAPACITY_PERCENT' since 2025-02-26
    """

    COPY_COUNT = "COPY_COUNT"
    CAPACITY_PERCENT = "CAPACITY_PERCENT"

InferenceComponentCapacitySizeTypeLiteral = Literal[
    "COPY_COUNT",
    "CAPACITY_PERCENT",
]

def as_InferenceComponentCapacitySizeType(
    value: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral,
) -> InferenceComponentCapacitySizeType: ...
def as_InferenceComponentCapacitySizeType_opt(
    value: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral | None,
) -> InferenceComponentCapacitySizeType | None: ...

class InferenceComponentPlacementStrategy(OpenEnum):
    """Values of ``InferenceComponentPlacementStrategy``. Unknown values load as
    ``InferenceComponentPlacementStrategy(value)`` with ``is_known`` False.

    Added:
        SPREAD: 'SPREAD' since 2026-03-30
        BINPACK: 'BINPACK' since 2026-03-30
    """

    SPREAD = "SPREAD"
    BINPACK = "BINPACK"

InferenceComponentPlacementStrategyLiteral = Literal[
    "SPREAD",
    "BINPACK",
]

def as_InferenceComponentPlacementStrategy(
    value: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral,
) -> InferenceComponentPlacementStrategy: ...
def as_InferenceComponentPlacementStrategy_opt(
    value: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral | None,
) -> InferenceComponentPlacementStrategy | None: ...

class InferenceComponentSortKey(OpenEnum):
    """Values of ``InferenceComponentSortKey``. Unknown values load as
    ``InferenceComponentSortKey(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2023-11-29
        CREATION_TIME: 'CreationTime' since 2023-11-29
        STATUS: 'Status' since 2023-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

InferenceComponentSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_InferenceComponentSortKey(
    value: InferenceComponentSortKey | InferenceComponentSortKeyLiteral,
) -> InferenceComponentSortKey: ...
def as_InferenceComponentSortKey_opt(
    value: InferenceComponentSortKey | InferenceComponentSortKeyLiteral | None,
) -> InferenceComponentSortKey | None: ...

class InferenceComponentStatus(OpenEnum):
    """Values of ``InferenceComponentStatus``. Unknown values load as
    ``InferenceComponentStatus(value)`` with ``is_known`` False.

    Added:
        IN_SERVICE: 'InService' since 2023-11-29
        CREATING: 'Creating' since 2023-11-29
        UPDATING: 'Updating' since 2023-11-29
        FAILED: 'Failed' since 2023-11-29
        DELETING: 'Deleting' since 2023-11-29
    """

    IN_SERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    DELETING = "Deleting"

InferenceComponentStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Failed",
    "Deleting",
]

def as_InferenceComponentStatus(
    value: InferenceComponentStatus | InferenceComponentStatusLiteral,
) -> InferenceComponentStatus: ...
def as_InferenceComponentStatus_opt(
    value: InferenceComponentStatus | InferenceComponentStatusLiteral | None,
) -> InferenceComponentStatus | None: ...

class InferenceExecutionMode(OpenEnum):
    """Values of ``InferenceExecutionMode``. Unknown values load as ``InferenceExecutionMode(value)``
    with ``is_known`` False.

    Added:
        SERIAL: 'Serial' since 2021-02-22
        DIRECT: 'Direct' since 2021-02-22
    """

    SERIAL = "Serial"
    DIRECT = "Direct"

InferenceExecutionModeLiteral = Literal[
    "Serial",
    "Direct",
]

def as_InferenceExecutionMode(
    value: InferenceExecutionMode | InferenceExecutionModeLiteral,
) -> InferenceExecutionMode: ...
def as_InferenceExecutionMode_opt(
    value: InferenceExecutionMode | InferenceExecutionModeLiteral | None,
) -> InferenceExecutionMode | None: ...

class InferenceExperimentStatus(OpenEnum):
    """Values of ``InferenceExperimentStatus``. Unknown values load as
    ``InferenceExperimentStatus(value)`` with ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2022-11-30
        CREATED: 'Created' since 2022-11-30
        UPDATING: 'Updating' since 2022-11-30
        RUNNING: 'Running' since 2022-11-30
        STARTING: 'Starting' since 2022-11-30
        STOPPING: 'Stopping' since 2022-11-30
        COMPLETED: 'Completed' since 2022-11-30
        CANCELLED: 'Cancelled' since 2022-11-30
    """

    CREATING = "Creating"
    CREATED = "Created"
    UPDATING = "Updating"
    RUNNING = "Running"
    STARTING = "Starting"
    STOPPING = "Stopping"
    COMPLETED = "Completed"
    CANCELLED = "Cancelled"

InferenceExperimentStatusLiteral = Literal[
    "Creating",
    "Created",
    "Updating",
    "Running",
    "Starting",
    "Stopping",
    "Completed",
    "Cancelled",
]

def as_InferenceExperimentStatus(
    value: InferenceExperimentStatus | InferenceExperimentStatusLiteral,
) -> InferenceExperimentStatus: ...
def as_InferenceExperimentStatus_opt(
    value: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None,
) -> InferenceExperimentStatus | None: ...

class InferenceExperimentStopDesiredState(OpenEnum):
    """Values of ``InferenceExperimentStopDesiredState``. Unknown values load as
    ``InferenceExperimentStopDesiredState(value)`` with ``is_known`` False.

    Added:
        COMPLETED: 'Completed' since 2022-11-30
        CANCELLED: 'Cancelled' since 2022-11-30
    """

    COMPLETED = "Completed"
    CANCELLED = "Cancelled"

InferenceExperimentStopDesiredStateLiteral = Literal[
    "Completed",
    "Cancelled",
]

def as_InferenceExperimentStopDesiredState(
    value: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral,
) -> InferenceExperimentStopDesiredState: ...
def as_InferenceExperimentStopDesiredState_opt(
    value: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral | None,
) -> InferenceExperimentStopDesiredState | None: ...

class InferenceExperimentType(OpenEnum):
    """Values of ``InferenceExperimentType``. Unknown values load as ``InferenceExperimentType(value)``
    with ``is_known`` False.

    Added:
        SHADOW_MODE: 'ShadowMode' since 2022-11-30
    """

    SHADOW_MODE = "ShadowMode"

InferenceExperimentTypeLiteral = Literal["ShadowMode",]

def as_InferenceExperimentType(
    value: InferenceExperimentType | InferenceExperimentTypeLiteral,
) -> InferenceExperimentType: ...
def as_InferenceExperimentType_opt(
    value: InferenceExperimentType | InferenceExperimentTypeLiteral | None,
) -> InferenceExperimentType | None: ...

class InputMode(OpenEnum):
    """Values of ``InputMode``. Unknown values load as ``InputMode(value)`` with ``is_known`` False.

    Added:
        PIPE: 'Pipe' since 2020-12-01
        FILE: 'File' since 2020-12-01
    """

    PIPE = "Pipe"
    FILE = "File"

InputModeLiteral = Literal[
    "Pipe",
    "File",
]

def as_InputMode(value: InputMode | InputModeLiteral) -> InputMode: ...
def as_InputMode_opt(value: InputMode | InputModeLiteral | None) -> InputMode | None: ...

class InstanceGroupStatus(OpenEnum):
    """Values of ``InstanceGroupStatus``. Unknown values load as ``InstanceGroupStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_SERVICE: 'InService' since 2024-12-04
        CREATING: 'Creating' since 2024-12-04
        UPDATING: 'Updating' since 2024-12-04
        FAILED: 'Failed' since 2024-12-04
        DEGRADED: 'Degraded' since 2024-12-04
        SYSTEM_UPDATING: 'SystemUpdating' since 2024-12-04
        DELETING: 'Deleting' since 2024-12-04
    """

    IN_SERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    DEGRADED = "Degraded"
    SYSTEM_UPDATING = "SystemUpdating"
    DELETING = "Deleting"

InstanceGroupStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Failed",
    "Degraded",
    "SystemUpdating",
    "Deleting",
]

def as_InstanceGroupStatus(value: InstanceGroupStatus | InstanceGroupStatusLiteral) -> InstanceGroupStatus: ...
def as_InstanceGroupStatus_opt(
    value: InstanceGroupStatus | InstanceGroupStatusLiteral | None,
) -> InstanceGroupStatus | None: ...

class InstanceType(OpenEnum):
    """Values of ``InstanceType``. Unknown values load as ``InstanceType(value)`` with ``is_known``
    False.

    Added:
        ML_T2_MEDIUM: 'ml.t2.medium' since 2017-11-29
        ML_T2_LARGE: 'ml.t2.large' since 2018-04-04
        ML_T2_XLARGE: 'ml.t2.xlarge' since 2018-04-04
        ML_T2_2XLARGE: 'ml.t2.2xlarge' since 2018-04-04
        ML_T3_MEDIUM: 'ml.t3.medium' since 2018-11-14
        ML_T3_LARGE: 'ml.t3.large' since 2018-11-14
        ML_T3_XLARGE: 'ml.t3.xlarge' since 2018-11-14
        ML_T3_2XLARGE: 'ml.t3.2xlarge' since 2018-11-14
        ML_M4_XLARGE: 'ml.m4.xlarge' since 2017-11-29
        ML_M4_2XLARGE: 'ml.m4.2xlarge' since 2018-04-04
        ML_M4_4XLARGE: 'ml.m4.4xlarge' since 2018-04-04
        ML_M4_10XLARGE: 'ml.m4.10xlarge' since 2018-04-04
        ML_M4_16XLARGE: 'ml.m4.16xlarge' since 2018-04-04
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2018-11-14
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2018-11-14
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2018-11-14
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2018-11-14
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2018-11-14
        ML_M5D_LARGE: 'ml.m5d.large' since 2021-08-18
        ML_M5D_XLARGE: 'ml.m5d.xlarge' since 2021-08-18
        ML_M5D_2XLARGE: 'ml.m5d.2xlarge' since 2021-08-18
        ML_M5D_4XLARGE: 'ml.m5d.4xlarge' since 2021-08-18
        ML_M5D_8XLARGE: 'ml.m5d.8xlarge' since 2021-08-18
        ML_M5D_12XLARGE: 'ml.m5d.12xlarge' since 2021-08-18
        ML_M5D_16XLARGE: 'ml.m5d.16xlarge' since 2021-08-18
        ML_M5D_24XLARGE: 'ml.m5d.24xlarge' since 2021-08-18
        ML_C4_XLARGE: 'ml.c4.xlarge' since 2018-11-14
        ML_C4_2XLARGE: 'ml.c4.2xlarge' since 2018-11-14
        ML_C4_4XLARGE: 'ml.c4.4xlarge' since 2018-11-14
        ML_C4_8XLARGE: 'ml.c4.8xlarge' since 2018-11-14
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2018-11-14
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2018-11-14
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2018-11-14
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2018-11-14
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2018-11-14
        ML_C5D_XLARGE: 'ml.c5d.xlarge' since 2018-11-14
        ML_C5D_2XLARGE: 'ml.c5d.2xlarge' since 2018-11-14
        ML_C5D_4XLARGE: 'ml.c5d.4xlarge' since 2018-11-14
        ML_C5D_9XLARGE: 'ml.c5d.9xlarge' since 2018-11-14
        ML_C5D_18XLARGE: 'ml.c5d.18xlarge' since 2018-11-14
        ML_P2_XLARGE: 'ml.p2.xlarge' since 2017-11-29
        ML_P2_8XLARGE: 'ml.p2.8xlarge' since 2018-04-04
        ML_P2_16XLARGE: 'ml.p2.16xlarge' since 2018-04-04
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2018-03-15
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2018-04-04
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2018-04-04
        ML_P3DN_24XLARGE: 'ml.p3dn.24xlarge' since 2021-08-18
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2021-08-18
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2021-08-18
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2021-08-18
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2021-08-18
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2021-08-18
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2021-08-18
        ML_R5_LARGE: 'ml.r5.large' since 2021-08-18
        ML_R5_XLARGE: 'ml.r5.xlarge' since 2021-08-18
        ML_R5_2XLARGE: 'ml.r5.2xlarge' since 2021-08-18
        ML_R5_4XLARGE: 'ml.r5.4xlarge' since 2021-08-18
        ML_R5_8XLARGE: 'ml.r5.8xlarge' since 2021-08-18
        ML_R5_12XLARGE: 'ml.r5.12xlarge' since 2021-08-18
        ML_R5_16XLARGE: 'ml.r5.16xlarge' since 2021-08-18
        ML_R5_24XLARGE: 'ml.r5.24xlarge' since 2021-08-18
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2022-04-07
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2022-04-07
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2022-04-07
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2022-04-07
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2022-04-07
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2022-04-07
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2022-04-07
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2022-04-07
        ML_INF1_XLARGE: 'ml.inf1.xlarge' since 2023-05-26
        ML_INF1_2XLARGE: 'ml.inf1.2xlarge' since 2023-05-26
        ML_INF1_6XLARGE: 'ml.inf1.6xlarge' since 2023-05-26
        ML_INF1_24XLARGE: 'ml.inf1.24xlarge' since 2023-05-26
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2024-11-14
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2024-11-14
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2024-11-14
        ML_INF2_XLARGE: 'ml.inf2.xlarge' since 2024-11-14
        ML_INF2_8XLARGE: 'ml.inf2.8xlarge' since 2024-11-14
        ML_INF2_24XLARGE: 'ml.inf2.24xlarge' since 2024-11-14
        ML_INF2_48XLARGE: 'ml.inf2.48xlarge' since 2024-11-14
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2023-05-26
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2023-05-26
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2024-03-15
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-08-22
        ML_M6I_LARGE: 'ml.m6i.large' since 2024-03-15
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2024-03-15
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2024-03-15
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2024-03-15
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2024-03-15
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2024-03-15
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2024-03-15
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2024-03-15
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2024-03-15
        ML_M7I_LARGE: 'ml.m7i.large' since 2024-03-15
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2024-03-15
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2024-03-15
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2024-03-15
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2024-03-15
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2024-03-15
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2024-03-15
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2024-03-15
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2024-03-15
        ML_C6I_LARGE: 'ml.c6i.large' since 2024-03-15
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2024-03-15
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2024-03-15
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2024-03-15
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2024-03-15
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2024-03-15
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2024-03-15
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2024-03-15
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2024-03-15
        ML_C7I_LARGE: 'ml.c7i.large' since 2024-03-15
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2024-03-15
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2024-03-15
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2024-03-15
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2024-03-15
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2024-03-15
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2024-03-15
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2024-03-15
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2024-03-15
        ML_R6I_LARGE: 'ml.r6i.large' since 2024-03-15
        ML_R6I_XLARGE: 'ml.r6i.xlarge' since 2024-03-15
        ML_R6I_2XLARGE: 'ml.r6i.2xlarge' since 2024-03-15
        ML_R6I_4XLARGE: 'ml.r6i.4xlarge' since 2024-03-15
        ML_R6I_8XLARGE: 'ml.r6i.8xlarge' since 2024-03-15
        ML_R6I_12XLARGE: 'ml.r6i.12xlarge' since 2024-03-15
        ML_R6I_16XLARGE: 'ml.r6i.16xlarge' since 2024-03-15
        ML_R6I_24XLARGE: 'ml.r6i.24xlarge' since 2024-03-15
        ML_R6I_32XLARGE: 'ml.r6i.32xlarge' since 2024-03-15
        ML_R7I_LARGE: 'ml.r7i.large' since 2024-03-15
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2024-03-15
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2024-03-15
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2024-03-15
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2024-03-15
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2024-03-15
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2024-03-15
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2024-03-15
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2024-03-15
        ML_M6ID_LARGE: 'ml.m6id.large' since 2024-03-15
        ML_M6ID_XLARGE: 'ml.m6id.xlarge' since 2024-03-15
        ML_M6ID_2XLARGE: 'ml.m6id.2xlarge' since 2024-03-15
        ML_M6ID_4XLARGE: 'ml.m6id.4xlarge' since 2024-03-15
        ML_M6ID_8XLARGE: 'ml.m6id.8xlarge' since 2024-03-15
        ML_M6ID_12XLARGE: 'ml.m6id.12xlarge' since 2024-03-15
        ML_M6ID_16XLARGE: 'ml.m6id.16xlarge' since 2024-03-15
        ML_M6ID_24XLARGE: 'ml.m6id.24xlarge' since 2024-03-15
        ML_M6ID_32XLARGE: 'ml.m6id.32xlarge' since 2024-03-15
        ML_C6ID_LARGE: 'ml.c6id.large' since 2024-03-15
        ML_C6ID_XLARGE: 'ml.c6id.xlarge' since 2024-03-15
        ML_C6ID_2XLARGE: 'ml.c6id.2xlarge' since 2024-03-15
        ML_C6ID_4XLARGE: 'ml.c6id.4xlarge' since 2024-03-15
        ML_C6ID_8XLARGE: 'ml.c6id.8xlarge' since 2024-03-15
        ML_C6ID_12XLARGE: 'ml.c6id.12xlarge' since 2024-03-15
        ML_C6ID_16XLARGE: 'ml.c6id.16xlarge' since 2024-03-15
        ML_C6ID_24XLARGE: 'ml.c6id.24xlarge' since 2024-03-15
        ML_C6ID_32XLARGE: 'ml.c6id.32xlarge' since 2024-03-15
        ML_R6ID_LARGE: 'ml.r6id.large' since 2024-03-15
        ML_R6ID_XLARGE: 'ml.r6id.xlarge' since 2024-03-15
        ML_R6ID_2XLARGE: 'ml.r6id.2xlarge' since 2024-03-15
        ML_R6ID_4XLARGE: 'ml.r6id.4xlarge' since 2024-03-15
        ML_R6ID_8XLARGE: 'ml.r6id.8xlarge' since 2024-03-15
        ML_R6ID_12XLARGE: 'ml.r6id.12xlarge' since 2024-03-15
        ML_R6ID_16XLARGE: 'ml.r6id.16xlarge' since 2024-03-15
        ML_R6ID_24XLARGE: 'ml.r6id.24xlarge' since 2024-03-15
        ML_R6ID_32XLARGE: 'ml.r6id.32xlarge' since 2024-03-15
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-05-10
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-05-10
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-05-10
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-05-10
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-05-10
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-05-10
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-05-10
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-05-10
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-07-27
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-07-27
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-07-27
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-07-27
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-07-27
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-07-27
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2026-05-19
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2026-05-19
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2026-06-10
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2026-06-10
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2026-06-10
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2026-06-10
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2026-06-10
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2026-06-10
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2026-06-10
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2026-06-10
    """

    ML_T2_MEDIUM = "ml.t2.medium"
    ML_T2_LARGE = "ml.t2.large"
    ML_T2_XLARGE = "ml.t2.xlarge"
    ML_T2_2XLARGE = "ml.t2.2xlarge"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_M4_XLARGE = "ml.m4.xlarge"
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_M5D_LARGE = "ml.m5d.large"
    ML_M5D_XLARGE = "ml.m5d.xlarge"
    ML_M5D_2XLARGE = "ml.m5d.2xlarge"
    ML_M5D_4XLARGE = "ml.m5d.4xlarge"
    ML_M5D_8XLARGE = "ml.m5d.8xlarge"
    ML_M5D_12XLARGE = "ml.m5d.12xlarge"
    ML_M5D_16XLARGE = "ml.m5d.16xlarge"
    ML_M5D_24XLARGE = "ml.m5d.24xlarge"
    ML_C4_XLARGE = "ml.c4.xlarge"
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5D_XLARGE = "ml.c5d.xlarge"
    ML_C5D_2XLARGE = "ml.c5d.2xlarge"
    ML_C5D_4XLARGE = "ml.c5d.4xlarge"
    ML_C5D_9XLARGE = "ml.c5d.9xlarge"
    ML_C5D_18XLARGE = "ml.c5d.18xlarge"
    ML_P2_XLARGE = "ml.p2.xlarge"
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P3DN_24XLARGE = "ml.p3dn.24xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_R5_LARGE = "ml.r5.large"
    ML_R5_XLARGE = "ml.r5.xlarge"
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    ML_R5_8XLARGE = "ml.r5.8xlarge"
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_16XLARGE = "ml.r5.16xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_INF1_XLARGE = "ml.inf1.xlarge"
    ML_INF1_2XLARGE = "ml.inf1.2xlarge"
    ML_INF1_6XLARGE = "ml.inf1.6xlarge"
    ML_INF1_24XLARGE = "ml.inf1.24xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_INF2_XLARGE = "ml.inf2.xlarge"
    ML_INF2_8XLARGE = "ml.inf2.8xlarge"
    ML_INF2_24XLARGE = "ml.inf2.24xlarge"
    ML_INF2_48XLARGE = "ml.inf2.48xlarge"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C6I_LARGE = "ml.c6i.large"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R6I_LARGE = "ml.r6i.large"
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_M6ID_LARGE = "ml.m6id.large"
    ML_M6ID_XLARGE = "ml.m6id.xlarge"
    ML_M6ID_2XLARGE = "ml.m6id.2xlarge"
    ML_M6ID_4XLARGE = "ml.m6id.4xlarge"
    ML_M6ID_8XLARGE = "ml.m6id.8xlarge"
    ML_M6ID_12XLARGE = "ml.m6id.12xlarge"
    ML_M6ID_16XLARGE = "ml.m6id.16xlarge"
    ML_M6ID_24XLARGE = "ml.m6id.24xlarge"
    ML_M6ID_32XLARGE = "ml.m6id.32xlarge"
    ML_C6ID_LARGE = "ml.c6id.large"
    ML_C6ID_XLARGE = "ml.c6id.xlarge"
    ML_C6ID_2XLARGE = "ml.c6id.2xlarge"
    ML_C6ID_4XLARGE = "ml.c6id.4xlarge"
    ML_C6ID_8XLARGE = "ml.c6id.8xlarge"
    ML_C6ID_12XLARGE = "ml.c6id.12xlarge"
    ML_C6ID_16XLARGE = "ml.c6id.16xlarge"
    ML_C6ID_24XLARGE = "ml.c6id.24xlarge"
    ML_C6ID_32XLARGE = "ml.c6id.32xlarge"
    ML_R6ID_LARGE = "ml.r6id.large"
    ML_R6ID_XLARGE = "ml.r6id.xlarge"
    ML_R6ID_2XLARGE = "ml.r6id.2xlarge"
    ML_R6ID_4XLARGE = "ml.r6id.4xlarge"
    ML_R6ID_8XLARGE = "ml.r6id.8xlarge"
    ML_R6ID_12XLARGE = "ml.r6id.12xlarge"
    ML_R6ID_16XLARGE = "ml.r6id.16xlarge"
    ML_R6ID_24XLARGE = "ml.r6id.24xlarge"
    ML_R6ID_32XLARGE = "ml.r6id.32xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"

InstanceTypeLiteral = Literal[
    "ml.t2.medium",
    "ml.t2.large",
    "ml.t2.xlarge",
    "ml.t2.2xlarge",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.m5d.large",
    "ml.m5d.xlarge",
    "ml.m5d.2xlarge",
    "ml.m5d.4xlarge",
    "ml.m5d.8xlarge",
    "ml.m5d.12xlarge",
    "ml.m5d.16xlarge",
    "ml.m5d.24xlarge",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.c5d.xlarge",
    "ml.c5d.2xlarge",
    "ml.c5d.4xlarge",
    "ml.c5d.9xlarge",
    "ml.c5d.18xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p3dn.24xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.8xlarge",
    "ml.r5.12xlarge",
    "ml.r5.16xlarge",
    "ml.r5.24xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.16xlarge",
    "ml.g5.12xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.inf1.xlarge",
    "ml.inf1.2xlarge",
    "ml.inf1.6xlarge",
    "ml.inf1.24xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.inf2.xlarge",
    "ml.inf2.8xlarge",
    "ml.inf2.24xlarge",
    "ml.inf2.48xlarge",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.m6id.large",
    "ml.m6id.xlarge",
    "ml.m6id.2xlarge",
    "ml.m6id.4xlarge",
    "ml.m6id.8xlarge",
    "ml.m6id.12xlarge",
    "ml.m6id.16xlarge",
    "ml.m6id.24xlarge",
    "ml.m6id.32xlarge",
    "ml.c6id.large",
    "ml.c6id.xlarge",
    "ml.c6id.2xlarge",
    "ml.c6id.4xlarge",
    "ml.c6id.8xlarge",
    "ml.c6id.12xlarge",
    "ml.c6id.16xlarge",
    "ml.c6id.24xlarge",
    "ml.c6id.32xlarge",
    "ml.r6id.large",
    "ml.r6id.xlarge",
    "ml.r6id.2xlarge",
    "ml.r6id.4xlarge",
    "ml.r6id.8xlarge",
    "ml.r6id.12xlarge",
    "ml.r6id.16xlarge",
    "ml.r6id.24xlarge",
    "ml.r6id.32xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.12xlarge",
    "ml.g6.16xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.p5.4xlarge",
    "ml.p5en.48xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
]

def as_InstanceType(value: InstanceType | InstanceTypeLiteral) -> InstanceType: ...
def as_InstanceType_opt(value: InstanceType | InstanceTypeLiteral | None) -> InstanceType | None: ...

class IsTrackingServerActive(OpenEnum):
    """Values of ``IsTrackingServerActive``. Unknown values load as ``IsTrackingServerActive(value)``
    with ``is_known`` False.

    Added:
        ACTIVE: 'Active' since 2024-06-18
        INACTIVE: 'Inactive' since 2024-06-18
    """

    ACTIVE = "Active"
    INACTIVE = "Inactive"

IsTrackingServerActiveLiteral = Literal[
    "Active",
    "Inactive",
]

def as_IsTrackingServerActive(
    value: IsTrackingServerActive | IsTrackingServerActiveLiteral,
) -> IsTrackingServerActive: ...
def as_IsTrackingServerActive_opt(
    value: IsTrackingServerActive | IsTrackingServerActiveLiteral | None,
) -> IsTrackingServerActive | None: ...
