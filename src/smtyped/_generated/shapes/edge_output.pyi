# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.edge_preset import EdgePresetDeploymentType, as_EdgePresetDeploymentType_opt

@attrs.frozen(kw_only=True, slots=False)
class EdgeOutputConfig(Shape):
    s3_output_location: str
    kms_key_id: str | None = None
    preset_deployment_type: EdgePresetDeploymentType | None = attrs.field(
        default=None, converter=as_EdgePresetDeploymentType_opt
    )
    preset_deployment_config: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
