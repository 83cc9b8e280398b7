# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.v import VariantPropertyType, VariantPropertyTypeLiteral

class VariantProperty(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def variant_property_type(self) -> VariantPropertyType: ...
    def __init__(
        self,
        *,
        variant_property_type: VariantPropertyType | VariantPropertyTypeLiteral,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VariantProperty: ...
    def _to_wire(self) -> dict[str, Any]: ...

class VectorConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def dimension(self) -> int | None: ...
    def __init__(
        self,
        *,
        dimension: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VectorConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class VisibilityConditions(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VisibilityConditions: ...
    def _to_wire(self) -> dict[str, Any]: ...

class VpcConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def security_group_ids(self) -> list[str] | None: ...
    @property
    def subnets(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        security_group_ids: list[str] | None = ...,
        subnets: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> VpcConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
