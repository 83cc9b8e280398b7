# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class EdgeModel(Shape):
    model_name: str | None = None
    model_version: str | None = None
    latest_sample_time: datetime | None = None
    latest_inference: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EdgeModelStat(Shape):
    model_name: str | None = None
    model_version: str | None = None
    offline_device_count: int | None = None
    connected_device_count: int | None = None
    active_device_count: int | None = None
    sampling_device_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EdgeModelSummary(Shape):
    model_name: str | None = None
    model_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
