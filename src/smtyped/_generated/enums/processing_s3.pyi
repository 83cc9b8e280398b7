# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProcessingS3CompressionType(OpenEnum):
    NONE = "None"
    GZIP = "Gzip"

ProcessingS3CompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_ProcessingS3CompressionType(
    value: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral,
) -> ProcessingS3CompressionType: ...
def as_ProcessingS3CompressionType_opt(
    value: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral | None,
) -> ProcessingS3CompressionType | None: ...

class ProcessingS3DataDistributionType(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

ProcessingS3DataDistributionTypeLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_ProcessingS3DataDistributionType(
    value: ProcessingS3DataDistributionType | ProcessingS3DataDistributionTypeLiteral,
) -> ProcessingS3DataDistributionType: ...
def as_ProcessingS3DataDistributionType_opt(
    value: ProcessingS3DataDistributionType | ProcessingS3DataDistributionTypeLiteral | None,
) -> ProcessingS3DataDistributionType | None: ...

class ProcessingS3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"

ProcessingS3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
]

def as_ProcessingS3DataType(value: ProcessingS3DataType | ProcessingS3DataTypeLiteral) -> ProcessingS3DataType: ...
def as_ProcessingS3DataType_opt(
    value: ProcessingS3DataType | ProcessingS3DataTypeLiteral | None,
) -> ProcessingS3DataType | None: ...

class ProcessingS3InputMode(OpenEnum):
    PIPE = "Pipe"
    FILE = "File"

ProcessingS3InputModeLiteral = Literal[
    "Pipe",
    "File",
]

def as_ProcessingS3InputMode(value: ProcessingS3InputMode | ProcessingS3InputModeLiteral) -> ProcessingS3InputMode: ...
def as_ProcessingS3InputMode_opt(
    value: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None,
) -> ProcessingS3InputMode | None: ...

class ProcessingS3UploadMode(OpenEnum):
    CONTINUOUS = "Continuous"
    ENDOFJOB = "EndOfJob"

ProcessingS3UploadModeLiteral = Literal[
    "Continuous",
    "EndOfJob",
]

def as_ProcessingS3UploadMode(
    value: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral,
) -> ProcessingS3UploadMode: ...
def as_ProcessingS3UploadMode_opt(
    value: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral | None,
) -> ProcessingS3UploadMode | None: ...
