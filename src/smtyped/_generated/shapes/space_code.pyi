# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.resource_spec import ResourceSpec
from smtyped._generated.shapes.space_app import SpaceAppLifecycleManagement

@attrs.frozen(kw_only=True, slots=False)
class SpaceCodeEditorAppSettings(Shape):
    default_resource_spec: ResourceSpec | None = None
    app_lifecycle_management: SpaceAppLifecycleManagement | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
