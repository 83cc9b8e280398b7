# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.v import (
    VariantPropertyType,
    as_VariantPropertyType,
)

@attrs.frozen(kw_only=True, slots=False)
class VariantProperty(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    variant_property_type: VariantPropertyType = attrs.field(converter=as_VariantPropertyType)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VariantProperty: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class VectorConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    dimension: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VectorConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class VisibilityConditions(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    key: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VisibilityConditions: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class VpcConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    security_group_ids: list[str] | None = None
    subnets: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VpcConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
