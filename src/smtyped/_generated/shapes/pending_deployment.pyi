# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.pending_production import PendingProductionVariantSummary

@attrs.frozen(kw_only=True, slots=False)
class PendingDeploymentSummary(Shape):
    endpoint_config_name: str | None = None
    production_variants: list[PendingProductionVariantSummary] | None = None
    start_time: datetime | None = None
    shadow_production_variants: list[PendingProductionVariantSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
