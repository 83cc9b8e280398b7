# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class DeleteNotebookInstanceInput(Shape):
    notebook_instance_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteNotebookInstanceLifecycleConfigInput(Shape):
    notebook_instance_lifecycle_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteNotebookInstanceLifecycleConfigResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteNotebookInstanceResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
