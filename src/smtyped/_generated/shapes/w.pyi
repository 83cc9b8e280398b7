# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.w import WarmPoolResourceStatus, WarmPoolResourceStatusLiteral

class WarmPoolStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> WarmPoolResourceStatus | None: ...
    @property
    def resource_retained_billable_time_in_seconds(self) -> int | None: ...
    @property
    def reused_by_job(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None = ...,
        resource_retained_billable_time_in_seconds: int | None = ...,
        reused_by_job: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> WarmPoolStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...
