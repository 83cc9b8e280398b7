# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RedshiftResultCompressionType(OpenEnum):
    NONE = "None"
    GZIP = "GZIP"
    BZIP2 = "BZIP2"
    ZSTD = "ZSTD"
    SNAPPY = "SNAPPY"

RedshiftResultCompressionTypeLiteral = Literal[
    "None",
    "GZIP",
    "BZIP2",
    "ZSTD",
    "SNAPPY",
]

def as_RedshiftResultCompressionType(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral,
) -> RedshiftResultCompressionType: ...
def as_RedshiftResultCompressionType_opt(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None,
) -> RedshiftResultCompressionType | None: ...

class RedshiftResultFormat(OpenEnum):
    PARQUET = "PARQUET"
    CSV = "CSV"

RedshiftResultFormatLiteral = Literal[
    "PARQUET",
    "CSV",
]

def as_RedshiftResultFormat(value: RedshiftResultFormat | RedshiftResultFormatLiteral) -> RedshiftResultFormat: ...
def as_RedshiftResultFormat_opt(
    value: RedshiftResultFormat | RedshiftResultFormatLiteral | None,
) -> RedshiftResultFormat | None: ...
