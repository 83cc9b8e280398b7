# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TargetDevice(OpenEnum):
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
