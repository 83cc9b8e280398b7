# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class LabelCounters(Shape):
    total_labeled: int | None = None
    human_labeled: int | None = None
    machine_labeled: int | None = None
    failed_non_retryable_error: int | None = None
    unlabeled: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelCountersForWorkteam(Shape):
    human_labeled: int | None = None
    pending_human: int | None = None
    total: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
