# Generated stub. Do not edit.
# Every enum whose name starts with "T", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class TableFormat(OpenEnum):
    """Values of ``TableFormat``. Unknown values load as ``TableFormat(value)`` with ``is_known``
    False.

    Added:
        DEFAULT: 'Default' since 2023-12-15
        GLUE: 'Glue' since 2022-11-30
        ICEBERG: 'Iceberg' since 2022-11-30
    """

    DEFAULT = "Default"
    GLUE = "Glue"
    ICEBERG = "Iceberg"

TableFormatLiteral = Literal[
    "Default",
    "Glue",
    "Iceberg",
]

def as_TableFormat(value: TableFormat | TableFormatLiteral) -> TableFormat: ...
def as_TableFormat_opt(value: TableFormat | TableFormatLiteral | None) -> TableFormat | None: ...

class TagPropagation(OpenEnum):
    """Values of ``TagPropagation``. Unknown values load as ``TagPropagation(value)`` with ``is_known``
    False.

    Added:
        ENABLED: 'ENABLED' since 2024-09-26
        DISABLED: 'DISABLED' since 2024-09-26
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

TagPropagationLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_TagPropagation(value: TagPropagation | TagPropagationLiteral) -> TagPropagation: ...
def as_TagPropagation_opt(value: TagPropagation | TagPropagationLiteral | None) -> TagPropagation | None: ...

class TargetDevice(OpenEnum):
    """Values of ``TargetDevice``. Unknown values load as ``TargetDevice(value)`` with ``is_known``
    False.

    Added:
        LAMBDA: 'lambda' since 2019-05-08
        ML_M4: 'ml_m4' since 2018-11-28
        ML_M5: 'ml_m5' since 2018-11-28
        ML_M6G: 'ml_m6g' since 2023-12-15
        ML_C4: 'ml_c4' since 2018-11-28
        ML_C5: 'ml_c5' since 2018-11-28
        ML_C6G: 'ml_c6g' since 2023-12-15
        ML_P2: 'ml_p2' since 2018-11-28
        ML_P3: 'ml_p3' since 2018-11-28
        ML_G4DN: 'ml_g4dn' since 2020-07-24
        ML_INF1: 'ml_inf1' since 2019-12-04
        ML_INF2: 'ml_inf2' since 2023-06-12
        ML_TRN1: 'ml_trn1' since 2023-06-12
        ML_EIA2: 'ml_eia2' since 2021-03-17
        JETSON_TX1: 'jetson_tx1' since 2018-11-28
        JETSON_TX2: 'jetson_tx2' since 2018-11-28
        JETSON_NANO: 'jetson_nano' since 2019-05-08
        JETSON_XAVIER: 'jetson_xavier' since 2020-02-26
        RASP3B: 'rasp3b' since 2018-11-28
        RASP4B: 'rasp4b' since 2023-12-15
        IMX8QM: 'imx8qm' since 2020-02-26
        DEEPLENS: 'deeplens' since 2018-11-28
        RK3399: 'rk3399' since 2019-03-08
        RK3288: 'rk3288' since 2019-03-08
        AISAGE: 'aisage' since 2019-08-20
        SBE_C: 'sbe_c' since 2019-06-11
        QCS605: 'qcs605' since 2019-08-20
        QCS603: 'qcs603' since 2019-08-20
        SITARA_AM57X: 'sitara_am57x' since 2020-03-26
        AMBA_CV2: 'amba_cv2' since 2021-12-08
        AMBA_CV22: 'amba_cv22' since 2020-02-26
        AMBA_CV25: 'amba_cv25' since 2021-06-28
        X86_WIN32: 'x86_win32' since 2020-07-24
        X86_WIN64: 'x86_win64' since 2020-07-24
        COREML: 'coreml' since 2020-10-08
        JACINTO_TDA4VM: 'jacinto_tda4vm' since 2020-12-01
        IMX8MPLUS: 'imx8mplus' since 2021-09-10
    """

    LAMBDA = "lambda"
    ML_M4 = "ml_m4"
    ML_M5 = "ml_m5"
    ML_M6G = "ml_m6g"
    ML_C4 = "ml_c4"
    ML_C5 = "ml_c5"
    ML_C6G = "ml_c6g"
    ML_P2 = "ml_p2"
    ML_P3 = "ml_p3"
    ML_G4DN = "ml_g4dn"
    ML_INF1 = "ml_inf1"
    ML_INF2 = "ml_inf2"
    ML_TRN1 = "ml_trn1"
    ML_EIA2 = "ml_eia2"
    JETSON_TX1 = "jetson_tx1"
    JETSON_TX2 = "jetson_tx2"
    JETSON_NANO = "jetson_nano"
    JETSON_XAVIER = "jetson_xavier"
    RASP3B = "rasp3b"
    RASP4B = "rasp4b"
    IMX8QM = "imx8qm"
    DEEPLENS = "deeplens"
    RK3399 = "rk3399"
    RK3288 = "rk3288"
    AISAGE = "aisage"
    SBE_C = "sbe_c"
    QCS605 = "qcs605"
    QCS603 = "qcs603"
    SITARA_AM57X = "sitara_am57x"
    AMBA_CV2 = "amba_cv2"
    AMBA_CV22 = "amba_cv22"
    AMBA_CV25 = "amba_cv25"
    X86_WIN32 = "x86_win32"
    X86_WIN64 = "x86_win64"
    COREML = "coreml"
    JACINTO_TDA4VM = "jacinto_tda4vm"
    IMX8MPLUS = "imx8mplus"

TargetDeviceLiteral = Literal[
    "lambda",
    "ml_m4",
    "ml_m5",
    "ml_m6g",
    "ml_c4",
    "ml_c5",
    "ml_c6g",
    "ml_p2",
    "ml_p3",
    "ml_g4dn",
    "ml_inf1",
    "ml_inf2",
    "ml_trn1",
    "ml_eia2",
    "jetson_tx1",
    "jetson_tx2",
    "jetson_nano",
    "jetson_xavier",
    "rasp3b",
    "rasp4b",
    "imx8qm",
    "deeplens",
    "rk3399",
    "rk3288",
    "aisage",
    "sbe_c",
    "qcs605",
    "qcs603",
    "sitara_am57x",
    "amba_cv2",
    "amba_cv22",
    "amba_cv25",
    "x86_win32",
    "x86_win64",
    "coreml",
    "jacinto_tda4vm",
    "imx8mplus",
]

def as_TargetDevice(value: TargetDevice | TargetDeviceLiteral) -> TargetDevice: ...
def as_TargetDevice_opt(value: TargetDevice | TargetDeviceLiteral | None) -> TargetDevice | None: ...

class TargetPlatformAccelerator(OpenEnum):
    """Values of ``TargetPlatformAccelerator``. Unknown values load as
    ``TargetPlatformAccelerator(value)`` with ``is_known`` False.

    Added:
        INTEL_GRAPHICS: 'INTEL_GRAPHICS' since 2020-07-24
        MALI: 'MALI' since 2020-07-24
        NVIDIA: 'NVIDIA' since 2020-07-24
        NNA: 'NNA' since 2022-01-28
    """

    INTEL_GRAPHICS = "INTEL_GRAPHICS"
    MALI = "MALI"
    NVIDIA = "NVIDIA"
    NNA = "NNA"

TargetPlatformAcceleratorLiteral = Literal[
    "INTEL_GRAPHICS",
    "MALI",
    "NVIDIA",
    "NNA",
]

def as_TargetPlatformAccelerator(
    value: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral,
) -> TargetPlatformAccelerator: ...
def as_TargetPlatformAccelerator_opt(
    value: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral | None,
) -> TargetPlatformAccelerator | None: ...

class TargetPlatformArch(OpenEnum):
    """Values of ``TargetPlatformArch``. Unknown values load as ``TargetPlatformArch(value)`` with
    ``is_known`` False.

    Added:
        X86_64: 'X86_64' since 2020-07-24
        X86: 'X86' since 2020-07-24
        ARM64: 'ARM64' since 2020-07-24
        ARM_EABI: 'ARM_EABI' since 2020-07-24
        ARM_EABIHF: 'ARM_EABIHF' since 2020-07-24
    """

    X86_64 = "X86_64"
    X86 = "X86"
    ARM64 = "ARM64"
    ARM_EABI = "ARM_EABI"
    ARM_EABIHF = "ARM_EABIHF"

TargetPlatformArchLiteral = Literal[
    "X86_64",
    "X86",
    "ARM64",
    "ARM_EABI",
    "ARM_EABIHF",
]

def as_TargetPlatformArch(value: TargetPlatformArch | TargetPlatformArchLiteral) -> TargetPlatformArch: ...
def as_TargetPlatformArch_opt(
    value: TargetPlatformArch | TargetPlatformArchLiteral | None,
) -> TargetPlatformArch | None: ...

class TargetPlatformOs(OpenEnum):
    """Values of ``TargetPlatformOs``. Unknown values load as ``TargetPlatformOs(value)`` with
    ``is_known`` False.

    Added:
        ANDROID: 'ANDROID' since 2020-07-24
        LINUX: 'LINUX' since 2020-07-24
    """

    ANDROID = "ANDROID"
    LINUX = "LINUX"

TargetPlatformOsLiteral = Literal[
    "ANDROID",
    "LINUX",
]

def as_TargetPlatformOs(value: TargetPlatformOs | TargetPlatformOsLiteral) -> TargetPlatformOs: ...
def as_TargetPlatformOs_opt(value: TargetPlatformOs | TargetPlatformOsLiteral | None) -> TargetPlatformOs | None: ...

class ThroughputMode(OpenEnum):
    """Values of ``ThroughputMode``. Unknown values load as ``ThroughputMode(value)`` with ``is_known``
    False.

    Added:
        ON_DEMAND: 'OnDemand' since 2024-01-04
        PROVISIONED: 'Provisioned' since 2024-01-04
    """

    ON_DEMAND = "OnDemand"
    PROVISIONED = "Provisioned"

ThroughputModeLiteral = Literal[
    "OnDemand",
    "Provisioned",
]

def as_ThroughputMode(value: ThroughputMode | ThroughputModeLiteral) -> ThroughputMode: ...
def as_ThroughputMode_opt(value: ThroughputMode | ThroughputModeLiteral | None) -> ThroughputMode | None: ...

class TrackingServerMaintenanceStatus(OpenEnum):
    """Values of ``TrackingServerMaintenanceStatus``. Unknown values load as
    ``TrackingServerMaintenanceStatus(value)`` with ``is_known`` False.

    Added:
        MAINTENANCE_IN_PROGRESS: 'MaintenanceInProgress' since 2025-05-29
        MAINTENANCE_COMPLETE: 'MaintenanceComplete' since 2025-05-29
        MAINTENANCE_FAILED: 'MaintenanceFailed' since 2025-05-29
    """

    MAINTENANCE_IN_PROGRESS = "MaintenanceInProgress"
    MAINTENANCE_COMPLETE = "MaintenanceComplete"
    MAINTENANCE_FAILED = "MaintenanceFailed"

TrackingServerMaintenanceStatusLiteral = Literal[
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_TrackingServerMaintenanceStatus(
    value: TrackingServerMaintenanceStatus | TrackingServerMaintenanceStatusLiteral,
) -> TrackingServerMaintenanceStatus: ...
def as_TrackingServerMaintenanceStatus_opt(
    value: TrackingServerMaintenanceStatus | TrackingServerMaintenanceStatusLiteral | None,
) -> TrackingServerMaintenanceStatus | None: ...

class TrackingServerSize(OpenEnum):
    """Values of ``TrackingServerSize``. Unknown values load as ``TrackingServerSize(value)`` with
    ``is_known`` False.

    Added:
        SMALL: 'Small' since 2024-06-18
        MEDIUM: 'Medium' since 2024-06-18
        LARGE: 'Large' since 2024-06-18
    """

    SMALL = "Small"
    MEDIUM = "Medium"
    LARGE = "Large"

TrackingServerSizeLiteral = Literal[
    "Small",
    "Medium",
    "Large",
]

def as_TrackingServerSize(value: TrackingServerSize | TrackingServerSizeLiteral) -> TrackingServerSize: ...
def as_TrackingServerSize_opt(
    value: TrackingServerSize | TrackingServerSizeLiteral | None,
) -> TrackingServerSize | None: ...

class TrackingServerStatus(OpenEnum):
    """Values of ``TrackingServerStatus``. Unknown values load as ``TrackingServerStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2024-06-18
        CREATED: 'Created' since 2024-06-18
        CREATE_FAILED: 'CreateFailed' since 2024-06-18
        UPDATING: 'Updating' since 2024-06-18
        UPDATED: 'Updated' since 2024-06-18
        UPDATE_FAILED: 'UpdateFailed' since 2024-06-18
        DELETING: 'Deleting' since 2024-06-18
        DELETE_FAILED: 'DeleteFailed' since 2024-06-18
        STOPPING: 'Stopping' since 2024-06-18
        STOPPED: 'Stopped' since 2024-06-18
        STOP_FAILED: 'StopFailed' since 2024-06-18
        STARTING: 'Starting' since 2024-06-18
        STARTED: 'Started' since 2024-06-18
        START_FAILED: 'StartFailed' since 2024-06-18
        MAINTENANCE_IN_PROGRESS: 'MaintenanceInProgress' since 2024-06-18
        MAINTENANCE_COMPLETE: 'MaintenanceComplete' since 2024-06-18
        MAINTENANCE_FAILED: 'MaintenanceFailed' since 2024-06-18
    """

    CREATING = "Creating"
    CREATED = "Created"
    CREATE_FAILED = "CreateFailed"
    UPDATING = "Updating"
    UPDATED = "Updated"
    UPDATE_FAILED = "UpdateFailed"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    STOP_FAILED = "StopFailed"
    STARTING = "Starting"
    STARTED = "Started"
    START_FAILED = "StartFailed"
    MAINTENANCE_IN_PROGRESS = "MaintenanceInProgress"
    MAINTENANCE_COMPLETE = "MaintenanceComplete"
    MAINTENANCE_FAILED = "MaintenanceFailed"

TrackingServerStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Updating",
    "Updated",
    "UpdateFailed",
    "Deleting",
    "DeleteFailed",
    "Stopping",
    "Stopped",
    "StopFailed",
    "Starting",
    "Started",
    "StartFailed",
    "MaintenanceInProgress",
    "MaintenanceComplete",
    "MaintenanceFailed",
]

def as_TrackingServerStatus(value: TrackingServerStatus | TrackingServerStatusLiteral) -> TrackingServerStatus: ...
def as_TrackingServerStatus_opt(
    value: TrackingServerStatus | TrackingServerStatusLiteral | None,
) -> TrackingServerStatus | None: ...

class TrafficRoutingConfigType(OpenEnum):
    """Values of ``TrafficRoutingConfigType``. Unknown values load as
    ``TrafficRoutingConfigType(value)`` with ``is_known`` False.

    Added:
        ALL_AT_ONCE: 'ALL_AT_ONCE' since 2020-12-01
        CANARY: 'CANARY' since 2020-12-01
        LINEAR: 'LINEAR' since 2021-11-08
    """

    ALL_AT_ONCE = "ALL_AT_ONCE"
    CANARY = "CANARY"
    LINEAR = "LINEAR"

TrafficRoutingConfigTypeLiteral = Literal[
    "ALL_AT_ONCE",
    "CANARY",
    "LINEAR",
]

def as_TrafficRoutingConfigType(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral,
) -> TrafficRoutingConfigType: ...
def as_TrafficRoutingConfigType_opt(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral | None,
) -> TrafficRoutingConfigType | None: ...

class TrafficType(OpenEnum):
    """Values of ``TrafficType``. Unknown values load as ``TrafficType(value)`` with ``is_known``
    False.

    Added:
        PHASES: 'PHASES' since 2021-12-01
        STAIRS: 'STAIRS' since 2023-08-01
    """

    PHASES = "PHASES"
    STAIRS = "STAIRS"

TrafficTypeLiteral = Literal[
    "PHASES",
    "STAIRS",
]

def as_TrafficType(value: TrafficType | TrafficTypeLiteral) -> TrafficType: ...
def as_TrafficType_opt(value: TrafficType | TrafficTypeLiteral | None) -> TrafficType | None: ...

class TrainingInputMode(OpenEnum):
    """Values of ``TrainingInputMode``. Unknown values load as ``TrainingInputMode(value)`` with
    ``is_known`` False.

    Added:
        PIPE: 'Pipe' since 2017-11-29
        FILE: 'File' since 2017-11-29
        FAST_FILE: 'FastFile' since 2021-10-06
    """

    PIPE = "Pipe"
    FILE = "File"
    FAST_FILE = "FastFile"

TrainingInputModeLiteral = Literal[
    "Pipe",
    "File",
    "FastFile",
]

def as_TrainingInputMode(value: TrainingInputMode | TrainingInputModeLiteral) -> TrainingInputMode: ...
def as_TrainingInputMode_opt(
    value: TrainingInputMode | TrainingInputModeLiteral | None,
) -> TrainingInputMode | None: ...

class TrainingInstanceType(OpenEnum):
    """Values of ``TrainingInstanceType``. Unknown values load as ``TrainingInstanceType(value)`` with
    ``is_known`` False.

    Added:
        ML_M4_XLARGE: 'ml.m4.xlarge' since 2017-11-29
        ML_M4_2XLARGE: 'ml.m4.2xlarge' since 2018-04-04
        ML_M4_4XLARGE: 'ml.m4.4xlarge' since 2017-11-29
        ML_M4_10XLARGE: 'ml.m4.10xlarge' since 2017-11-29
        ML_M4_16XLARGE: 'ml.m4.16xlarge' since 2018-04-04
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2020-01-16
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2020-01-16
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2020-01-16
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2020-01-16
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2020-01-16
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2020-01-16
        ML_M5_LARGE: 'ml.m5.large' since 2018-04-04
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2018-04-04
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2018-04-04
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2018-04-04
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2018-04-04
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2018-04-04
        ML_C4_XLARGE: 'ml.c4.xlarge' since 2017-11-29
        ML_C4_2XLARGE: 'ml.c4.2xlarge' since 2017-11-29
        ML_C4_4XLARGE: 'ml.c4.4xlarge' since 2018-04-04
        ML_C4_8XLARGE: 'ml.c4.8xlarge' since 2017-11-29
        ML_P2_XLARGE: 'ml.p2.xlarge' since 2017-11-29
        ML_P2_8XLARGE: 'ml.p2.8xlarge' since 2017-11-29
        ML_P2_16XLARGE: 'ml.p2.16xlarge' since 2017-11-29
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2017-11-29
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2017-11-29
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2017-11-29
        ML_P3DN_24XLARGE: 'ml.p3dn.24xlarge' since 2019-08-21
        ML_P4D_24XLARGE: 'ml.p4d.24xlarge' since 2020-10-26
        ML_P4DE_24XLARGE: 'ml.p4de.24xlarge' since 2023-12-15
        ML_P5_48XLARGE: 'ml.p5.48xlarge' since 2023-08-03
        ML_P5E_48XLARGE: 'ml.p5e.48xlarge' since 2024-10-29
        ML_P5EN_48XLARGE: 'ml.p5en.48xlarge' since 2024-10-29
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2017-11-29
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2017-11-29
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2017-11-29
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2017-11-29
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2017-11-29
        ML_C5N_XLARGE: 'ml.c5n.xlarge' since 2020-04-16
        ML_C5N_2XLARGE: 'ml.c5n.2xlarge' since 2020-04-16
        ML_C5N_4XLARGE: 'ml.c5n.4xlarge' since 2020-04-16
        ML_C5N_9XLARGE: 'ml.c5n.9xlarge' since 2020-04-16
        ML_C5N_18XLARGE: 'ml.c5n.18xlarge' since 2020-04-16
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2022-01-05
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2022-01-05
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2022-01-05
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2022-01-05
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2022-01-05
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2022-01-05
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2022-01-05
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2022-01-05
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2024-10-31
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2024-10-31
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2024-10-31
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2024-10-31
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2024-10-31
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2024-10-31
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2024-10-31
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2024-10-31
        ML_G6E_XLARGE: 'ml.g6e.xlarge' since 2024-10-31
        ML_G6E_2XLARGE: 'ml.g6e.2xlarge' since 2024-10-31
        ML_G6E_4XLARGE: 'ml.g6e.4xlarge' since 2024-10-31
        ML_G6E_8XLARGE: 'ml.g6e.8xlarge' since 2024-10-31
        ML_G6E_16XLARGE: 'ml.g6e.16xlarge' since 2024-10-31
        ML_G6E_12XLARGE: 'ml.g6e.12xlarge' since 2024-10-31
        ML_G6E_24XLARGE: 'ml.g6e.24xlarge' since 2024-10-31
        ML_G6E_48XLARGE: 'ml.g6e.48xlarge' since 2024-10-31
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2022-11-03
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2022-11-03
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge' since 2023-06-21
        ML_TRN2_48XLARGE: 'ml.trn2.48xlarge' since 2024-10-29
        ML_M6I_LARGE: 'ml.m6i.large' since 2023-12-15
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2023-12-15
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2023-12-15
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2023-12-15
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2023-12-15
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2023-12-15
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2023-12-15
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2023-12-15
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2023-12-15
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2023-12-15
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2023-12-15
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2023-12-15
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2023-12-15
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2023-12-15
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2023-12-15
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2023-12-15
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2023-12-15
        ML_R5D_LARGE: 'ml.r5d.large' since 2024-07-18
        ML_R5D_XLARGE: 'ml.r5d.xlarge' since 2024-07-18
        ML_R5D_2XLARGE: 'ml.r5d.2xlarge' since 2024-07-18
        ML_R5D_4XLARGE: 'ml.r5d.4xlarge' since 2024-07-18
        ML_R5D_8XLARGE: 'ml.r5d.8xlarge' since 2024-07-18
        ML_R5D_12XLARGE: 'ml.r5d.12xlarge' since 2024-07-18
        ML_R5D_16XLARGE: 'ml.r5d.16xlarge' since 2024-07-18
        ML_R5D_24XLARGE: 'ml.r5d.24xlarge' since 2024-07-18
        ML_T3_MEDIUM: 'ml.t3.medium' since 2024-07-18
        ML_T3_LARGE: 'ml.t3.large' since 2024-07-18
        ML_T3_XLARGE: 'ml.t3.xlarge' since 2024-07-18
        ML_T3_2XLARGE: 'ml.t3.2xlarge' since 2024-07-18
        ML_R5_LARGE: 'ml.r5.large' since 2024-07-18
        ML_R5_XLARGE: 'ml.r5.xlarge' since 2024-07-18
        ML_R5_2XLARGE: 'ml.r5.2xlarge' since 2024-07-18
        ML_R5_4XLARGE: 'ml.r5.4xlarge' since 2024-07-18
        ML_R5_8XLARGE: 'ml.r5.8xlarge' since 2024-07-18
        ML_R5_12XLARGE: 'ml.r5.12xlarge' since 2024-07-18
        ML_R5_16XLARGE: 'ml.r5.16xlarge' since 2024-07-18
        ML_R5_24XLARGE: 'ml.r5.24xlarge' since 2024-07-18
        ML_P6_B200_48XLARGE: 'ml.p6-b200.48xlarge' since 2025-06-04
        ML_M7I_LARGE: 'ml.m7i.large' since 2025-06-16
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2025-06-16
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2025-06-16
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2025-06-16
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2025-06-16
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2025-06-16
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2025-06-16
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2025-06-16
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2025-06-16
        ML_C7I_LARGE: 'ml.c7i.large' since 2025-06-16
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2025-06-16
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2025-06-16
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2025-06-16
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2025-06-16
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2025-06-16
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2025-06-16
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2025-06-16
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2025-06-16
        ML_R7I_LARGE: 'ml.r7i.large' since 2025-06-16
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2025-06-16
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2025-06-16
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2025-06-16
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2025-06-16
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2025-06-16
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2025-06-16
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2025-06-16
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2025-06-16
        ML_P6E_GB200_36XLARGE: 'ml.p6e-gb200.36xlarge' since 2025-08-08
        ML_P5_4XLARGE: 'ml.p5.4xlarge' since 2025-08-20
        ML_P6_B300_48XLARGE: 'ml.p6-b300.48xlarge' since 2025-12-17
        ML_G7E_2XLARGE: 'ml.g7e.2xlarge' since 2026-02-06
        ML_G7E_4XLARGE: 'ml.g7e.4xlarge' since 2026-02-06
        ML_G7E_8XLARGE: 'ml.g7e.8xlarge' since 2026-02-06
        ML_G7E_12XLARGE: 'ml.g7e.12xlarge' since 2026-02-06
        ML_G7E_24XLARGE: 'ml.g7e.24xlarge' since 2026-02-06
        ML_G7E_48XLARGE: 'ml.g7e.48xlarge' since 2026-02-06
        ML_G7_2XLARGE: 'ml.g7.2xlarge' since 2026-08-06
        ML_G7_4XLARGE: 'ml.g7.4xlarge' since 2026-08-06
        ML_G7_8XLARGE: 'ml.g7.8xlarge' since 2026-08-06
        ML_G7_12XLARGE: 'ml.g7.12xlarge' since 2026-08-06
        ML_G7_24XLARGE: 'ml.g7.24xlarge' since 2026-08-06
        ML_G7_48XLARGE: 'ml.g7.48xlarge' since 2026-08-06
    """

    ML_M4_XLARGE = "ml.m4.xlarge"
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_C4_XLARGE = "ml.c4.xlarge"
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    ML_P2_XLARGE = "ml.p2.xlarge"
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P3DN_24XLARGE = "ml.p3dn.24xlarge"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5N_XLARGE = "ml.c5n.xlarge"
    ML_C5N_2XLARGE = "ml.c5n.2xlarge"
    ML_C5N_4XLARGE = "ml.c5n.4xlarge"
    ML_C5N_9XLARGE = "ml.c5n.9xlarge"
    ML_C5N_18XLARGE = "ml.c5n.18xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_R5D_LARGE = "ml.r5d.large"
    ML_R5D_XLARGE = "ml.r5d.xlarge"
    ML_R5D_2XLARGE = "ml.r5d.2xlarge"
    ML_R5D_4XLARGE = "ml.r5d.4xlarge"
    ML_R5D_8XLARGE = "ml.r5d.8xlarge"
    ML_R5D_12XLARGE = "ml.r5d.12xlarge"
    ML_R5D_16XLARGE = "ml.r5d.16xlarge"
    ML_R5D_24XLARGE = "ml.r5d.24xlarge"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_R5_LARGE = "ml.r5.large"
    ML_R5_XLARGE = "ml.r5.xlarge"
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    ML_R5_8XLARGE = "ml.r5.8xlarge"
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_16XLARGE = "ml.r5.16xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_G7_2XLARGE = "ml.g7.2xlarge"
    ML_G7_4XLARGE = "ml.g7.4xlarge"
    ML_G7_8XLARGE = "ml.g7.8xlarge"
    ML_G7_12XLARGE = "ml.g7.12xlarge"
    ML_G7_24XLARGE = "ml.g7.24xlarge"
    ML_G7_48XLARGE = "ml.g7.48xlarge"

TrainingInstanceTypeLiteral = Literal[
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p3dn.24xlarge",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.c5n.xlarge",
    "ml.c5n.2xlarge",
    "ml.c5n.4xlarge",
    "ml.c5n.9xlarge",
    "ml.c5n.18xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.16xlarge",
    "ml.g5.12xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.16xlarge",
    "ml.g6.12xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.trn2.48xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.r5d.large",
    "ml.r5d.xlarge",
    "ml.r5d.2xlarge",
    "ml.r5d.4xlarge",
    "ml.r5d.8xlarge",
    "ml.r5d.12xlarge",
    "ml.r5d.16xlarge",
    "ml.r5d.24xlarge",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.8xlarge",
    "ml.r5.12xlarge",
    "ml.r5.16xlarge",
    "ml.r5.24xlarge",
    "ml.p6-b200.48xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.p5.4xlarge",
    "ml.p6-b300.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.g7.2xlarge",
    "ml.g7.4xlarge",
    "ml.g7.8xlarge",
    "ml.g7.12xlarge",
    "ml.g7.24xlarge",
    "ml.g7.48xlarge",
]

def as_TrainingInstanceType(value: TrainingInstanceType | TrainingInstanceTypeLiteral) -> TrainingInstanceType: ...
def as_TrainingInstanceType_opt(
    value: TrainingInstanceType | TrainingInstanceTypeLiteral | None,
) -> TrainingInstanceType | None: ...

class TrainingJobEarlyStoppingType(OpenEnum):
    """Values of ``TrainingJobEarlyStoppingType``. Unknown values load as
    ``TrainingJobEarlyStoppingType(value)`` with ``is_known`` False.

    Added:
        OFF: 'Off' since 2018-12-12
        AUTO: 'Auto' since 2018-12-12
    """

    OFF = "Off"
    AUTO = "Auto"

TrainingJobEarlyStoppingTypeLiteral = Literal[
    "Off",
    "Auto",
]

def as_TrainingJobEarlyStoppingType(
    value: TrainingJobEarlyStoppingType | TrainingJobEarlyStoppingTypeLiteral,
) -> TrainingJobEarlyStoppingType: ...
def as_TrainingJobEarlyStoppingType_opt(
    value: TrainingJobEarlyStoppingType | TrainingJobEarlyStoppingTypeLiteral | None,
) -> TrainingJobEarlyStoppingType | None: ...

class TrainingJobSortByOptions(OpenEnum):
    """Values of ``TrainingJobSortByOptions``. Unknown values load as
    ``TrainingJobSortByOptions(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-06-04
        CREATION_TIME: 'CreationTime' since 2018-06-04
        STATUS: 'Status' since 2018-06-04
        FINAL_OBJECTIVE_METRIC_VALUE: 'FinalObjectiveMetricValue' since 2018-06-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"
    FINAL_OBJECTIVE_METRIC_VALUE = "FinalObjectiveMetricValue"

TrainingJobSortByOptionsLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
    "FinalObjectiveMetricValue",
]

def as_TrainingJobSortByOptions(
    value: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral,
) -> TrainingJobSortByOptions: ...
def as_TrainingJobSortByOptions_opt(
    value: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None,
) -> TrainingJobSortByOptions | None: ...

class TrainingJobStatus(OpenEnum):
    """Values of ``TrainingJobStatus``. Unknown values load as ``TrainingJobStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2017-11-29
        COMPLETED: 'Completed' since 2017-11-29
        FAILED: 'Failed' since 2017-11-29
        STOPPING: 'Stopping' since 2017-11-29
        STOPPED: 'Stopped' since 2017-11-29
        DELETING: 'Deleting' since 2025-10-28
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    DELETING = "Deleting"

TrainingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
    "Deleting",
]

def as_TrainingJobStatus(value: TrainingJobStatus | TrainingJobStatusLiteral) -> TrainingJobStatus: ...
def as_TrainingJobStatus_opt(
    value: TrainingJobStatus | TrainingJobStatusLiteral | None,
) -> TrainingJobStatus | None: ...

class TrainingPlanFilterName(OpenEnum):
    """Values of ``TrainingPlanFilterName``. Unknown values load as ``TrainingPlanFilterName(value)``
    with ``is_known`` False.

    Added:
        STATUS: 'Status' since 2024-12-04
    """

    STATUS = "Status"

TrainingPlanFilterNameLiteral = Literal["Status",]

def as_TrainingPlanFilterName(
    value: TrainingPlanFilterName | TrainingPlanFilterNameLiteral,
) -> TrainingPlanFilterName: ...
def as_TrainingPlanFilterName_opt(
    value: TrainingPlanFilterName | TrainingPlanFilterNameLiteral | None,
) -> TrainingPlanFilterName | None: ...

class TrainingPlanSortBy(OpenEnum):
    """Values of ``TrainingPlanSortBy``. Unknown values load as ``TrainingPlanSortBy(value)`` with
    ``is_known`` False.

    Added:
        TRAINING_PLAN_NAME: 'TrainingPlanName' since 2024-12-04
        START_TIME: 'StartTime' since 2024-12-04
        STATUS: 'Status' since 2024-12-04
    """

    TRAINING_PLAN_NAME = "TrainingPlanName"
    START_TIME = "StartTime"
    STATUS = "Status"

TrainingPlanSortByLiteral = Literal[
    "TrainingPlanName",
    "StartTime",
    "Status",
]

def as_TrainingPlanSortBy(value: TrainingPlanSortBy | TrainingPlanSortByLiteral) -> TrainingPlanSortBy: ...
def as_TrainingPlanSortBy_opt(
    value: TrainingPlanSortBy | TrainingPlanSortByLiteral | None,
) -> TrainingPlanSortBy | None: ...

class TrainingPlanSortOrder(OpenEnum):
    """Values of ``TrainingPlanSortOrder``. Unknown values load as ``TrainingPlanSortOrder(value)``
    with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2024-12-04
        DESCENDING: 'Descending' since 2024-12-04
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

TrainingPlanSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_TrainingPlanSortOrder(value: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral) -> TrainingPlanSortOrder: ...
def as_TrainingPlanSortOrder_opt(
    value: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral | None,
) -> TrainingPlanSortOrder | None: ...

class TrainingPlanStatus(OpenEnum):
    """Values of ``TrainingPlanStatus``. Unknown values load as ``TrainingPlanStatus(value)`` with
    ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2024-12-04
        ACTIVE: 'Active' since 2024-12-04
        SCHEDULED: 'Scheduled' since 2024-12-04
        EXPIRED: 'Expired' since 2024-12-04
        FAILED: 'Failed' since 2024-12-04
    """

    PENDING = "Pending"
    ACTIVE = "Active"
    SCHEDULED = "Scheduled"
    EXPIRED = "Expired"
    FAILED = "Failed"

TrainingPlanStatusLiteral = Literal[
    "Pending",
    "Active",
    "Scheduled",
    "Expired",
    "Failed",
]

def as_TrainingPlanStatus(value: TrainingPlanStatus | TrainingPlanStatusLiteral) -> TrainingPlanStatus: ...
def as_TrainingPlanStatus_opt(
    value: TrainingPlanStatus | TrainingPlanStatusLiteral | None,
) -> TrainingPlanStatus | None: ...

class TrainingRepositoryAccessMode(OpenEnum):
    """Values of ``TrainingRepositoryAccessMode``. Unknown values load as
    ``TrainingRepositoryAccessMode(value)`` with ``is_known`` False.

    Added:
        PLATFORM: 'Platform' since 2023-01-27
        VPC: 'Vpc' since 2023-01-27
    """

    PLATFORM = "Platform"
    VPC = "Vpc"

TrainingRepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

def as_TrainingRepositoryAccessMode(
    value: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral,
) -> TrainingRepositoryAccessMode: ...
def as_TrainingRepositoryAccessMode_opt(
    value: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral | None,
) -> TrainingRepositoryAccessMode | None: ...

class TransformInstanceType(OpenEnum):
    """Values of ``TransformInstanceType``. Unknown values load as ``TransformInstanceType(value)``
    with ``is_known`` False.

    Added:
        ML_M4_XLARGE: 'ml.m4.xlarge' since 2018-07-17
        ML_M4_2XLARGE: 'ml.m4.2xlarge' since 2018-07-17
        ML_M4_4XLARGE: 'ml.m4.4xlarge' since 2018-07-17
        ML_M4_10XLARGE: 'ml.m4.10xlarge' since 2018-07-17
        ML_M4_16XLARGE: 'ml.m4.16xlarge' since 2018-07-17
        ML_C4_XLARGE: 'ml.c4.xlarge' since 2018-07-17
        ML_C4_2XLARGE: 'ml.c4.2xlarge' since 2018-07-17
        ML_C4_4XLARGE: 'ml.c4.4xlarge' since 2018-07-17
        ML_C4_8XLARGE: 'ml.c4.8xlarge' since 2018-07-17
        ML_P2_XLARGE: 'ml.p2.xlarge' since 2018-07-17
        ML_P2_8XLARGE: 'ml.p2.8xlarge' since 2018-07-17
        ML_P2_16XLARGE: 'ml.p2.16xlarge' since 2018-07-17
        ML_P3_2XLARGE: 'ml.p3.2xlarge' since 2018-07-17
        ML_P3_8XLARGE: 'ml.p3.8xlarge' since 2018-07-17
        ML_P3_16XLARGE: 'ml.p3.16xlarge' since 2018-07-17
        ML_C5_XLARGE: 'ml.c5.xlarge' since 2018-07-17
        ML_C5_2XLARGE: 'ml.c5.2xlarge' since 2018-07-17
        ML_C5_4XLARGE: 'ml.c5.4xlarge' since 2018-07-17
        ML_C5_9XLARGE: 'ml.c5.9xlarge' since 2018-07-17
        ML_C5_18XLARGE: 'ml.c5.18xlarge' since 2018-07-17
        ML_M5_LARGE: 'ml.m5.large' since 2018-07-17
        ML_M5_XLARGE: 'ml.m5.xlarge' since 2018-07-17
        ML_M5_2XLARGE: 'ml.m5.2xlarge' since 2018-07-17
        ML_M5_4XLARGE: 'ml.m5.4xlarge' since 2018-07-17
        ML_M5_12XLARGE: 'ml.m5.12xlarge' since 2018-07-17
        ML_M5_24XLARGE: 'ml.m5.24xlarge' since 2018-07-17
        ML_M6I_LARGE: 'ml.m6i.large' since 2024-05-03
        ML_M6I_XLARGE: 'ml.m6i.xlarge' since 2024-05-03
        ML_M6I_2XLARGE: 'ml.m6i.2xlarge' since 2024-05-03
        ML_M6I_4XLARGE: 'ml.m6i.4xlarge' since 2024-05-03
        ML_M6I_8XLARGE: 'ml.m6i.8xlarge' since 2024-05-03
        ML_M6I_12XLARGE: 'ml.m6i.12xlarge' since 2024-05-03
        ML_M6I_16XLARGE: 'ml.m6i.16xlarge' since 2024-05-03
        ML_M6I_24XLARGE: 'ml.m6i.24xlarge' since 2024-05-03
        ML_M6I_32XLARGE: 'ml.m6i.32xlarge' since 2024-05-03
        ML_C6I_LARGE: 'ml.c6i.large' since 2024-05-03
        ML_C6I_XLARGE: 'ml.c6i.xlarge' since 2024-05-03
        ML_C6I_2XLARGE: 'ml.c6i.2xlarge' since 2024-05-03
        ML_C6I_4XLARGE: 'ml.c6i.4xlarge' since 2024-05-03
        ML_C6I_8XLARGE: 'ml.c6i.8xlarge' since 2024-05-03
        ML_C6I_12XLARGE: 'ml.c6i.12xlarge' since 2024-05-03
        ML_C6I_16XLARGE: 'ml.c6i.16xlarge' since 2024-05-03
        ML_C6I_24XLARGE: 'ml.c6i.24xlarge' since 2024-05-03
        ML_C6I_32XLARGE: 'ml.c6i.32xlarge' since 2024-05-03
        ML_R6I_LARGE: 'ml.r6i.large' since 2024-05-03
        ML_R6I_XLARGE: 'ml.r6i.xlarge' since 2024-05-03
        ML_R6I_2XLARGE: 'ml.r6i.2xlarge' since 2024-05-03
        ML_R6I_4XLARGE: 'ml.r6i.4xlarge' since 2024-05-03
        ML_R6I_8XLARGE: 'ml.r6i.8xlarge' since 2024-05-03
        ML_R6I_12XLARGE: 'ml.r6i.12xlarge' since 2024-05-03
        ML_R6I_16XLARGE: 'ml.r6i.16xlarge' since 2024-05-03
        ML_R6I_24XLARGE: 'ml.r6i.24xlarge' since 2024-05-03
        ML_R6I_32XLARGE: 'ml.r6i.32xlarge' since 2024-05-03
        ML_M7I_LARGE: 'ml.m7i.large' since 2024-05-03
        ML_M7I_XLARGE: 'ml.m7i.xlarge' since 2024-05-03
        ML_M7I_2XLARGE: 'ml.m7i.2xlarge' since 2024-05-03
        ML_M7I_4XLARGE: 'ml.m7i.4xlarge' since 2024-05-03
        ML_M7I_8XLARGE: 'ml.m7i.8xlarge' since 2024-05-03
        ML_M7I_12XLARGE: 'ml.m7i.12xlarge' since 2024-05-03
        ML_M7I_16XLARGE: 'ml.m7i.16xlarge' since 2024-05-03
        ML_M7I_24XLARGE: 'ml.m7i.24xlarge' since 2024-05-03
        ML_M7I_48XLARGE: 'ml.m7i.48xlarge' since 2024-05-03
        ML_C7I_LARGE: 'ml.c7i.large' since 2024-05-03
        ML_C7I_XLARGE: 'ml.c7i.xlarge' since 2024-05-03
        ML_C7I_2XLARGE: 'ml.c7i.2xlarge' since 2024-05-03
        ML_C7I_4XLARGE: 'ml.c7i.4xlarge' since 2024-05-03
        ML_C7I_8XLARGE: 'ml.c7i.8xlarge' since 2024-05-03
        ML_C7I_12XLARGE: 'ml.c7i.12xlarge' since 2024-05-03
        ML_C7I_16XLARGE: 'ml.c7i.16xlarge' since 2024-05-03
        ML_C7I_24XLARGE: 'ml.c7i.24xlarge' since 2024-05-03
        ML_C7I_48XLARGE: 'ml.c7i.48xlarge' since 2024-05-03
        ML_R7I_LARGE: 'ml.r7i.large' since 2024-05-03
        ML_R7I_XLARGE: 'ml.r7i.xlarge' since 2024-05-03
        ML_R7I_2XLARGE: 'ml.r7i.2xlarge' since 2024-05-03
        ML_R7I_4XLARGE: 'ml.r7i.4xlarge' since 2024-05-03
        ML_R7I_8XLARGE: 'ml.r7i.8xlarge' since 2024-05-03
        ML_R7I_12XLARGE: 'ml.r7i.12xlarge' since 2024-05-03
        ML_R7I_16XLARGE: 'ml.r7i.16xlarge' since 2024-05-03
        ML_R7I_24XLARGE: 'ml.r7i.24xlarge' since 2024-05-03
        ML_R7I_48XLARGE: 'ml.r7i.48xlarge' since 2024-05-03
        ML_G4DN_XLARGE: 'ml.g4dn.xlarge' since 2021-06-17
        ML_G4DN_2XLARGE: 'ml.g4dn.2xlarge' since 2021-06-17
        ML_G4DN_4XLARGE: 'ml.g4dn.4xlarge' since 2021-06-17
        ML_G4DN_8XLARGE: 'ml.g4dn.8xlarge' since 2021-06-17
        ML_G4DN_12XLARGE: 'ml.g4dn.12xlarge' since 2021-06-17
        ML_G4DN_16XLARGE: 'ml.g4dn.16xlarge' since 2021-06-17
        ML_G5_XLARGE: 'ml.g5.xlarge' since 2024-05-03
        ML_G5_2XLARGE: 'ml.g5.2xlarge' since 2024-05-03
        ML_G5_4XLARGE: 'ml.g5.4xlarge' since 2024-05-03
        ML_G5_8XLARGE: 'ml.g5.8xlarge' since 2024-05-03
        ML_G5_12XLARGE: 'ml.g5.12xlarge' since 2024-05-03
        ML_G5_16XLARGE: 'ml.g5.16xlarge' since 2024-05-03
        ML_G5_24XLARGE: 'ml.g5.24xlarge' since 2024-05-03
        ML_G5_48XLARGE: 'ml.g5.48xlarge' since 2024-05-03
        ML_TRN1_2XLARGE: 'ml.trn1.2xlarge' since 2024-12-20
        ML_TRN1_32XLARGE: 'ml.trn1.32xlarge' since 2024-12-20
        ML_INF2_XLARGE: 'ml.inf2.xlarge' since 2024-11-14
        ML_INF2_8XLARGE: 'ml.inf2.8xlarge' since 2024-11-14
        ML_INF2_24XLARGE: 'ml.inf2.24xlarge' since 2024-11-14
        ML_INF2_48XLARGE: 'ml.inf2.48xlarge' since 2024-11-14
        ML_G6_XLARGE: 'ml.g6.xlarge' since 2025-11-06
        ML_G6_2XLARGE: 'ml.g6.2xlarge' since 2025-11-06
        ML_G6_4XLARGE: 'ml.g6.4xlarge' since 2025-11-06
        ML_G6_8XLARGE: 'ml.g6.8xlarge' since 2025-11-06
        ML_G6_12XLARGE: 'ml.g6.12xlarge' since 2025-11-06
        ML_G6_16XLARGE: 'ml.g6.16xlarge' since 2025-11-06
        ML_G6_24XLARGE: 'ml.g6.24xlarge' since 2025-11-06
        ML_G6_48XLARGE: 'ml.g6.48xlarge' since 2025-11-06
    """

    ML_M4_XLARGE = "ml.m4.xlarge"
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    ML_C4_XLARGE = "ml.c4.xlarge"
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    ML_P2_XLARGE = "ml.p2.xlarge"
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_C6I_LARGE = "ml.c6i.large"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_R6I_LARGE = "ml.r6i.large"
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_C7I_LARGE = "ml.c7i.large"
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_INF2_XLARGE = "ml.inf2.xlarge"
    ML_INF2_8XLARGE = "ml.inf2.8xlarge"
    ML_INF2_24XLARGE = "ml.inf2.24xlarge"
    ML_INF2_48XLARGE = "ml.inf2.48xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"

TransformInstanceTypeLiteral = Literal[
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.inf2.xlarge",
    "ml.inf2.8xlarge",
    "ml.inf2.24xlarge",
    "ml.inf2.48xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.12xlarge",
    "ml.g6.16xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
]

def as_TransformInstanceType(value: TransformInstanceType | TransformInstanceTypeLiteral) -> TransformInstanceType: ...
def as_TransformInstanceType_opt(
    value: TransformInstanceType | TransformInstanceTypeLiteral | None,
) -> TransformInstanceType | None: ...

class TransformJobStatus(OpenEnum):
    """Values of ``TransformJobStatus``. Unknown values load as ``TransformJobStatus(value)`` with
    ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2018-07-17
        COMPLETED: 'Completed' since 2018-07-17
        FAILED: 'Failed' since 2018-07-17
        STOPPING: 'Stopping' since 2018-07-17
        STOPPED: 'Stopped' since 2018-07-17
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

TransformJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_TransformJobStatus(value: TransformJobStatus | TransformJobStatusLiteral) -> TransformJobStatus: ...
def as_TransformJobStatus_opt(
    value: TransformJobStatus | TransformJobStatusLiteral | None,
) -> TransformJobStatus | None: ...

class TrialComponentPrimaryStatus(OpenEnum):
    """Values of ``TrialComponentPrimaryStatus``. Unknown values load as
    ``TrialComponentPrimaryStatus(value)`` with ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2019-12-04
        COMPLETED: 'Completed' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        STOPPING: 'Stopping' since 2020-04-16
        STOPPED: 'Stopped' since 2020-04-16
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

TrialComponentPrimaryStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_TrialComponentPrimaryStatus(
    value: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral,
) -> TrialComponentPrimaryStatus: ...
def as_TrialComponentPrimaryStatus_opt(
    value: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral | None,
) -> TrialComponentPrimaryStatus | None: ...

class TtlDurationUnit(OpenEnum):
    """Values of ``TtlDurationUnit``. Unknown values load as ``TtlDurationUnit(value)`` with
    ``is_known`` False.

    Added:
        SECONDS: 'Seconds' since 2023-06-27
        MINUTES: 'Minutes' since 2023-06-27
        HOURS: 'Hours' since 2023-06-27
        DAYS: 'Days' since 2023-06-27
        WEEKS: 'Weeks' since 2023-06-27
    """

    SECONDS = "Seconds"
    MINUTES = "Minutes"
    HOURS = "Hours"
    DAYS = "Days"
    WEEKS = "Weeks"

TtlDurationUnitLiteral = Literal[
    "Seconds",
    "Minutes",
    "Hours",
    "Days",
    "Weeks",
]

def as_TtlDurationUnit(value: TtlDurationUnit | TtlDurationUnitLiteral) -> TtlDurationUnit: ...
def as_TtlDurationUnit_opt(value: TtlDurationUnit | TtlDurationUnitLiteral | None) -> TtlDurationUnit | None: ...
