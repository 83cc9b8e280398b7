# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ArtifactSourceIdType(OpenEnum):
    MD5HASH = "MD5Hash"
    S3ETAG = "S3ETag"
    S3VERSION = "S3Version"
    CUSTOM = "Custom"

ArtifactSourceIdTypeLiteral = Literal[
    "MD5Hash",
    "S3ETag",
    "S3Version",
    "Custom",
]

def as_ArtifactSourceIdType(value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral) -> ArtifactSourceIdType: ...
def as_ArtifactSourceIdType_opt(
    value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral | None,
) -> ArtifactSourceIdType | None: ...
