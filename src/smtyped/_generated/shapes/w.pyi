# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.w import (
    WarmPoolResourceStatus,
    as_WarmPoolResourceStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class WarmPoolStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    status: WarmPoolResourceStatus | None = attrs.field(default=None, converter=as_WarmPoolResourceStatus_opt)
    resource_retained_billable_time_in_seconds: int | None = None
    reused_by_job: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> WarmPoolStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...
