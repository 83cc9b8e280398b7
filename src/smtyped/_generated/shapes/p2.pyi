# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.u import USD

@attrs.frozen(kw_only=True, slots=False)
class PropertyNameSuggestion(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    property_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PropertyNameSuggestion: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ProvisioningParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    key: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProvisioningParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class PublicWorkforceTaskPrice(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    amount_in_usd: USD | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PublicWorkforceTaskPrice: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class PutModelPackageGroupPolicyInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_group_name: str
    resource_policy: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PutModelPackageGroupPolicyInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class PutModelPackageGroupPolicyOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PutModelPackageGroupPolicyOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...
