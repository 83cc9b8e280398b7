# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TableFormat(OpenEnum):
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

class TargetDevice(OpenEnum):
    LAMBDA = "lambda"
    ML_M4 = "ml_m4"
    ML_M5 = "ml_m5"
    ML_C4 = "ml_c4"
    ML_C5 = "ml_c5"
    ML_P2 = "ml_p2"
    ML_P3 = "ml_p3"
    ML_G4DN = "ml_g4dn"
    ML_INF1 = "ml_inf1"
    ML_EIA2 = "ml_eia2"
    JETSON_TX1 = "jetson_tx1"
    JETSON_TX2 = "jetson_tx2"
    JETSON_NANO = "jetson_nano"
    JETSON_XAVIER = "jetson_xavier"
    RASP3B = "rasp3b"
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
    "ml_c4",
    "ml_c5",
    "ml_p2",
    "ml_p3",
    "ml_g4dn",
    "ml_inf1",
    "ml_eia2",
    "jetson_tx1",
    "jetson_tx2",
    "jetson_nano",
    "jetson_xavier",
    "rasp3b",
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
    ANDROID = "ANDROID"
    LINUX = "LINUX"

TargetPlatformOsLiteral = Literal[
    "ANDROID",
    "LINUX",
]

def as_TargetPlatformOs(value: TargetPlatformOs | TargetPlatformOsLiteral) -> TargetPlatformOs: ...
def as_TargetPlatformOs_opt(value: TargetPlatformOs | TargetPlatformOsLiteral | None) -> TargetPlatformOs | None: ...

class TrackingServerMaintenanceStatus(OpenEnum):
    MAINTENANCEINPROGRESS = "MaintenanceInProgress"
    MAINTENANCECOMPLETE = "MaintenanceComplete"
    MAINTENANCEFAILED = "MaintenanceFailed"

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
    CREATING = "Creating"
    CREATED = "Created"
    CREATEFAILED = "CreateFailed"
    UPDATING = "Updating"
    UPDATED = "Updated"
    UPDATEFAILED = "UpdateFailed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    STOPFAILED = "StopFailed"
    STARTING = "Starting"
    STARTED = "Started"
    STARTFAILED = "StartFailed"
    MAINTENANCEINPROGRESS = "MaintenanceInProgress"
    MAINTENANCECOMPLETE = "MaintenanceComplete"
    MAINTENANCEFAILED = "MaintenanceFailed"

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
    ALL_AT_ONCE = "ALL_AT_ONCE"
    CANARY = "CANARY"

TrafficRoutingConfigTypeLiteral = Literal[
    "ALL_AT_ONCE",
    "CANARY",
]

def as_TrafficRoutingConfigType(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral,
) -> TrafficRoutingConfigType: ...
def as_TrafficRoutingConfigType_opt(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral | None,
) -> TrafficRoutingConfigType | None: ...

class TrainingInputMode(OpenEnum):
    PIPE = "Pipe"
    FILE = "File"
    FASTFILE = "FastFile"

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
]

def as_TrainingInstanceType(value: TrainingInstanceType | TrainingInstanceTypeLiteral) -> TrainingInstanceType: ...
def as_TrainingInstanceType_opt(
    value: TrainingInstanceType | TrainingInstanceTypeLiteral | None,
) -> TrainingInstanceType | None: ...

class TrainingJobEarlyStoppingType(OpenEnum):
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

class TrainingJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

TrainingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_TrainingJobStatus(value: TrainingJobStatus | TrainingJobStatusLiteral) -> TrainingJobStatus: ...
def as_TrainingJobStatus_opt(
    value: TrainingJobStatus | TrainingJobStatusLiteral | None,
) -> TrainingJobStatus | None: ...

class TrainingRepositoryAccessMode(OpenEnum):
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
]

def as_TransformInstanceType(value: TransformInstanceType | TransformInstanceTypeLiteral) -> TransformInstanceType: ...
def as_TransformInstanceType_opt(
    value: TransformInstanceType | TransformInstanceTypeLiteral | None,
) -> TransformInstanceType | None: ...

class TransformJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
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
    INPROGRESS = "InProgress"
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
