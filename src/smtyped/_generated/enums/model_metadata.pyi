# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelMetadataFilterType(OpenEnum):
    DOMAIN = "Domain"
    FRAMEWORK = "Framework"
    TASK = "Task"
    FRAMEWORKVERSION = "FrameworkVersion"

ModelMetadataFilterTypeLiteral = Literal[
    "Domain",
    "Framework",
    "Task",
    "FrameworkVersion",
]

def as_ModelMetadataFilterType(
    value: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral,
) -> ModelMetadataFilterType: ...
def as_ModelMetadataFilterType_opt(
    value: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral | None,
) -> ModelMetadataFilterType | None: ...
