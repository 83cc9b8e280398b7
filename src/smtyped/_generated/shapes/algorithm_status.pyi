# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.detailed_algorithm import DetailedAlgorithmStatus, as_DetailedAlgorithmStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmStatusDetails(Shape):
    validation_statuses: list[AlgorithmStatusItem] | None = None
    image_scan_statuses: list[AlgorithmStatusItem] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmStatusItem(Shape):
    name: str | None = None
    status: DetailedAlgorithmStatus | None = attrs.field(default=None, converter=as_DetailedAlgorithmStatus_opt)
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
