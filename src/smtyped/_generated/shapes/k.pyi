# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.shapes.c3 import CustomImage
from smtyped._generated.shapes.r import ResourceSpec

class KernelGatewayAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def default_resource_spec(self) -> ResourceSpec | None: ...
    @property
    def custom_images(self) -> list[CustomImage] | None: ...
    @property
    def lifecycle_config_arns(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        custom_images: list[CustomImage] | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> KernelGatewayAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...
