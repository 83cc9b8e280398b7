# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.u import USD

class PropertyNameSuggestion(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def property_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        property_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PropertyNameSuggestion: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProvisioningParameter(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> ProvisioningParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PublicWorkforceTaskPrice(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def amount_in_usd(self) -> USD | None: ...
    def __init__(
        self,
        *,
        amount_in_usd: USD | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PublicWorkforceTaskPrice: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PutModelPackageGroupPolicyInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str: ...
    @property
    def resource_policy(self) -> str: ...
    def __init__(
        self,
        *,
        model_package_group_name: str,
        resource_policy: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PutModelPackageGroupPolicyInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PutModelPackageGroupPolicyOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PutModelPackageGroupPolicyOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...
