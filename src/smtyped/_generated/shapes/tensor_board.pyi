# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.resource_spec import ResourceSpec

@attrs.frozen(kw_only=True, slots=False)
class TensorBoardAppSettings(Shape):
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TensorBoardOutputConfig(Shape):
    s3_output_path: str
    local_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
