# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AppType(OpenEnum):
    JUPYTERSERVER = "JupyterServer"
    KERNELGATEWAY = "KernelGateway"
    DETAILEDPROFILER = "DetailedProfiler"
    TENSORBOARD = "TensorBoard"
    CODEEDITOR = "CodeEditor"
    JUPYTERLAB = "JupyterLab"
    RSTUDIOSERVERPRO = "RStudioServerPro"
    RSESSIONGATEWAY = "RSessionGateway"
    CANVAS = "Canvas"

AppTypeLiteral = Literal[
    "JupyterServer",
    "KernelGateway",
    "DetailedProfiler",
    "TensorBoard",
    "CodeEditor",
    "JupyterLab",
    "RStudioServerPro",
    "RSessionGateway",
    "Canvas",
]

def as_AppType(value: AppType | AppTypeLiteral) -> AppType: ...
def as_AppType_opt(value: AppType | AppTypeLiteral | None) -> AppType | None: ...
