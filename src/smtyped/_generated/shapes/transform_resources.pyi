# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.transform_instance import TransformInstanceType, as_TransformInstanceType

@attrs.frozen(kw_only=True, slots=False)
class TransformResources(Shape):
    instance_type: TransformInstanceType = attrs.field(converter=as_TransformInstanceType)
    instance_count: int
    volume_kms_key_id: str | None = None
    transform_ami_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
