# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.shapes.a import Alarm

class AutoParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def value_hint(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        value_hint: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoRollbackConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def alarms(self) -> list[Alarm] | None: ...
    def __init__(
        self,
        *,
        alarms: list[Alarm] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoRollbackConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
