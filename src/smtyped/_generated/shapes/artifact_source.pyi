# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.artifact_source import ArtifactSourceIdType, as_ArtifactSourceIdType

@attrs.frozen(kw_only=True, slots=False)
class ArtifactSource(Shape):
    source_uri: str
    source_types: list[ArtifactSourceType] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ArtifactSourceType(Shape):
    source_id_type: ArtifactSourceIdType = attrs.field(converter=as_ArtifactSourceIdType)
    value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
