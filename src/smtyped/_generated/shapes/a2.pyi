# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.a import Alarm

@attrs.frozen(kw_only=True, slots=False)
class AutoParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    name: str | None = None
    value_hint: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class AutoRollbackConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    alarms: list[Alarm] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoRollbackConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
