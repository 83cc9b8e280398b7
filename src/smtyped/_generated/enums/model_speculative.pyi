# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelSpeculativeDecodingS3DataType(OpenEnum):
    S3PREFIX = "S3Prefix"
    MANIFESTFILE = "ManifestFile"

ModelSpeculativeDecodingS3DataTypeLiteral = Literal[
    "S3Prefix",
    "ManifestFile",
]

def as_ModelSpeculativeDecodingS3DataType(
    value: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral,
) -> ModelSpeculativeDecodingS3DataType: ...
def as_ModelSpeculativeDecodingS3DataType_opt(
    value: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral | None,
) -> ModelSpeculativeDecodingS3DataType | None: ...

class ModelSpeculativeDecodingTechnique(OpenEnum):
    EAGLE = "EAGLE"

ModelSpeculativeDecodingTechniqueLiteral = Literal["EAGLE",]

def as_ModelSpeculativeDecodingTechnique(
    value: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral,
) -> ModelSpeculativeDecodingTechnique: ...
def as_ModelSpeculativeDecodingTechnique_opt(
    value: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral | None,
) -> ModelSpeculativeDecodingTechnique | None: ...
