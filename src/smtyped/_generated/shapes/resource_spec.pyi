# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.app_instance import AppInstanceType, as_AppInstanceType_opt

@attrs.frozen(kw_only=True, slots=False)
class ResourceSpec(Shape):
    sage_maker_image_arn: str | None = None
    sage_maker_image_version_arn: str | None = None
    sage_maker_image_version_alias: str | None = None
    instance_type: AppInstanceType | None = attrs.field(default=None, converter=as_AppInstanceType_opt)
    lifecycle_config_arn: str | None = None
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
