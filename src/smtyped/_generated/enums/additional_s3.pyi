# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AdditionalS3DataSourceDataType(OpenEnum):
    S3OBJECT = "S3Object"
    S3PREFIX = "S3Prefix"

AdditionalS3DataSourceDataTypeLiteral = Literal[
    "S3Object",
    "S3Prefix",
]

def as_AdditionalS3DataSourceDataType(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral,
) -> AdditionalS3DataSourceDataType: ...
def as_AdditionalS3DataSourceDataType_opt(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral | None,
) -> AdditionalS3DataSourceDataType | None: ...
