# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class S3ModelDataType(OpenEnum):
    S3PREFIX = "S3Prefix"
    S3OBJECT = "S3Object"

S3ModelDataTypeLiteral = Literal[
    "S3Prefix",
    "S3Object",
]

def as_S3ModelDataType(value: S3ModelDataType | S3ModelDataTypeLiteral) -> S3ModelDataType: ...
def as_S3ModelDataType_opt(value: S3ModelDataType | S3ModelDataTypeLiteral | None) -> S3ModelDataType | None: ...
