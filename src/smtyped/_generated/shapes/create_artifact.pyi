# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.artifact_source import ArtifactSource
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactRequest(Shape):
    source: ArtifactSource
    artifact_type: str
    artifact_name: str | None = None
    properties: dict[str, str] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactResponse(OutputShape):
    artifact_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
