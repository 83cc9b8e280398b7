# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class S3DataDistribution(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

S3DataDistributionLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_S3DataDistribution(value: S3DataDistribution | S3DataDistributionLiteral) -> S3DataDistribution: ...
def as_S3DataDistribution_opt(
    value: S3DataDistribution | S3DataDistributionLiteral | None,
) -> S3DataDistribution | None: ...

class S3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"
    AUGMENTEDMANIFESTFILE = "AugmentedManifestFile"
    CONVERSE = "Converse"

S3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
    "Converse",
]

def as_S3DataType(value: S3DataType | S3DataTypeLiteral) -> S3DataType: ...
def as_S3DataType_opt(value: S3DataType | S3DataTypeLiteral | None) -> S3DataType | None: ...
