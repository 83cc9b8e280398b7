# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class StudioLifecycleConfigAppType(OpenEnum):
    JUPYTERSERVER = "JupyterServer"
    KERNELGATEWAY = "KernelGateway"
    VSCODE = "VSCode"
    SAVITUR = "Savitur"
    CODEEDITOR = "CodeEditor"
    JUPYTERLAB = "JupyterLab"

StudioLifecycleConfigAppTypeLiteral = Literal[
    "JupyterServer",
    "KernelGateway",
    "VSCode",
    "Savitur",
    "CodeEditor",
    "JupyterLab",
]

def as_StudioLifecycleConfigAppType(
    value: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral,
) -> StudioLifecycleConfigAppType: ...
def as_StudioLifecycleConfigAppType_opt(
    value: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral | None,
) -> StudioLifecycleConfigAppType | None: ...

class StudioLifecycleConfigSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"
    NAME = "Name"

StudioLifecycleConfigSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
    "Name",
]

def as_StudioLifecycleConfigSortKey(
    value: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral,
) -> StudioLifecycleConfigSortKey: ...
def as_StudioLifecycleConfigSortKey_opt(
    value: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral | None,
) -> StudioLifecycleConfigSortKey | None: ...
