# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class VolumeAttachmentStatus(OpenEnum):
    ATTACHING = "attaching"
    ATTACHED = "attached"
    DETACHING = "detaching"
    DETACHED = "detached"
    BUSY = "busy"

VolumeAttachmentStatusLiteral = Literal[
    "attaching",
    "attached",
    "detaching",
    "detached",
    "busy",
]

def as_VolumeAttachmentStatus(
    value: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral,
) -> VolumeAttachmentStatus: ...
def as_VolumeAttachmentStatus_opt(
    value: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral | None,
) -> VolumeAttachmentStatus | None: ...
