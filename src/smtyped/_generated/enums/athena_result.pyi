# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AthenaResultCompressionType(OpenEnum):
    GZIP = "GZIP"
    SNAPPY = "SNAPPY"
    ZLIB = "ZLIB"

AthenaResultCompressionTypeLiteral = Literal[
    "GZIP",
    "SNAPPY",
    "ZLIB",
]

def as_AthenaResultCompressionType(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral,
) -> AthenaResultCompressionType: ...
def as_AthenaResultCompressionType_opt(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None,
) -> AthenaResultCompressionType | None: ...

class AthenaResultFormat(OpenEnum):
    PARQUET = "PARQUET"
    ORC = "ORC"
    AVRO = "AVRO"
    JSON = "JSON"
    TEXTFILE = "TEXTFILE"

AthenaResultFormatLiteral = Literal[
    "PARQUET",
    "ORC",
    "AVRO",
    "JSON",
    "TEXTFILE",
]

def as_AthenaResultFormat(value: AthenaResultFormat | AthenaResultFormatLiteral) -> AthenaResultFormat: ...
def as_AthenaResultFormat_opt(
    value: AthenaResultFormat | AthenaResultFormatLiteral | None,
) -> AthenaResultFormat | None: ...
