# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.monitoring_s3 import MonitoringS3Output

@attrs.frozen(kw_only=True, slots=False)
class MonitoringOutput(Shape):
    s3_output: MonitoringS3Output
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringOutputConfig(Shape):
    monitoring_outputs: list[MonitoringOutput]
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
