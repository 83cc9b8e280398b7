# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Framework(OpenEnum):
    TENSORFLOW = "TENSORFLOW"
    KERAS = "KERAS"
    MXNET = "MXNET"
    ONNX = "ONNX"
    PYTORCH = "PYTORCH"
    XGBOOST = "XGBOOST"
    TFLITE = "TFLITE"
    DARKNET = "DARKNET"
    SKLEARN = "SKLEARN"

FrameworkLiteral = Literal[
    "TENSORFLOW",
    "KERAS",
    "MXNET",
    "ONNX",
    "PYTORCH",
    "XGBOOST",
    "TFLITE",
    "DARKNET",
    "SKLEARN",
]

def as_Framework(value: Framework | FrameworkLiteral) -> Framework: ...
def as_Framework_opt(value: Framework | FrameworkLiteral | None) -> Framework | None: ...
