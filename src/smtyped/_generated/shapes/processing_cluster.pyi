# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_instance import ProcessingInstanceType, as_ProcessingInstanceType

@attrs.frozen(kw_only=True, slots=False)
class ProcessingClusterConfig(Shape):
    instance_count: int
    instance_type: ProcessingInstanceType = attrs.field(converter=as_ProcessingInstanceType)
    volume_size_in_gb: int
    volume_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
