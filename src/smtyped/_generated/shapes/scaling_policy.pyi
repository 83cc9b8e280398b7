# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.target_tracking import TargetTrackingScalingPolicyConfiguration

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicy(Shape):
    target_tracking: TargetTrackingScalingPolicyConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicyMetric(Shape):
    invocations_per_instance: int | None = None
    model_latency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicyObjective(Shape):
    min_invocations_per_minute: int | None = None
    max_invocations_per_minute: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
