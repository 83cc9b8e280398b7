# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AutoMLS3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"
    AUGMENTEDMANIFESTFILE = "AugmentedManifestFile"

AutoMLS3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
]

def as_AutoMLS3DataType(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral) -> AutoMLS3DataType: ...
def as_AutoMLS3DataType_opt(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral | None) -> AutoMLS3DataType | None: ...
