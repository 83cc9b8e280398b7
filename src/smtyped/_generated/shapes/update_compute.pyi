# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.activation_state import ActivationState, as_ActivationState_opt
from smtyped._generated.shapes.compute_quota import ComputeQuotaConfig, ComputeQuotaTarget

@attrs.frozen(kw_only=True, slots=False)
class UpdateComputeQuotaRequest(Shape):
    compute_quota_id: str
    target_version: int
    compute_quota_config: ComputeQuotaConfig | None = None
    compute_quota_target: ComputeQuotaTarget | None = None
    activation_state: ActivationState | None = attrs.field(default=None, converter=as_ActivationState_opt)
    description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateComputeQuotaResponse(OutputShape):
    compute_quota_arn: str | None = None
    compute_quota_version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
