# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import ArtifactSourceIdType as ArtifactSourceIdType
from smtyped._generated.enums._a import ArtifactSourceIdTypeLiteral as ArtifactSourceIdTypeLiteral
from smtyped._generated.enums._a import as_ArtifactSourceIdType as as_ArtifactSourceIdType
from smtyped._generated.enums._a import as_ArtifactSourceIdType_opt as as_ArtifactSourceIdType_opt

__all__ = [
    "ArtifactSourceIdType",
    "ArtifactSourceIdTypeLiteral",
]
