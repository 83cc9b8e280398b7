# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._v import VolumeAttachmentStatus as VolumeAttachmentStatus
from smtyped._generated.enums._v import VolumeAttachmentStatusLiteral as VolumeAttachmentStatusLiteral
from smtyped._generated.enums._v import as_VolumeAttachmentStatus as as_VolumeAttachmentStatus
from smtyped._generated.enums._v import as_VolumeAttachmentStatus_opt as as_VolumeAttachmentStatus_opt

__all__ = [
    "VolumeAttachmentStatus",
    "VolumeAttachmentStatusLiteral",
]
