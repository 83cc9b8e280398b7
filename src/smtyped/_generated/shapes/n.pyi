# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.c import ClusterInstanceStatus, ClusterInstanceStatusLiteral
from smtyped._generated.enums.i import InstanceType, InstanceTypeLiteral
from smtyped._generated.enums.n import NotebookInstanceStatus, NotebookInstanceStatusLiteral
from smtyped._generated.shapes.f import Filter
from smtyped._generated.shapes.v import VpcConfig

class NeoVpcConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def security_group_ids(self) -> list[str]: ...
    @property
    def subnets(self) -> list[str]: ...
    def __init__(
        self,
        *,
        security_group_ids: list[str],
        subnets: list[str],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> NeoVpcConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class NestedFilters(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def nested_property_name(self) -> str: ...
    @property
    def filters(self) -> list[Filter]: ...
    def __init__(
        self,
        *,
        nested_property_name: str,
        filters: list[Filter],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> NestedFilters: ...
    def _to_wire(self) -> dict[str, Any]: ...

class NetworkConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def enable_inter_container_traffic_encryption(self) -> bool | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    def __init__(
        self,
        *,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_network_isolation: bool | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> NetworkConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class NodeAdditionResult(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def node_logical_id(self) -> str | None: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def status(self) -> ClusterInstanceStatus | None: ...
    def __init__(
        self,
        *,
        node_logical_id: str | None = ...,
        instance_group_name: str | None = ...,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> NodeAdditionResult: ...
    def _to_wire(self) -> dict[str, Any]: ...

class NotebookInstanceSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def notebook_instance_name(self) -> str | None: ...
    @property
    def notebook_instance_arn(self) -> str | None: ...
    @property
    def notebook_instance_status(self) -> NotebookInstanceStatus | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def instance_type(self) -> InstanceType | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def notebook_instance_lifecycle_config_name(self) -> str | None: ...
    @property
    def default_code_repository(self) -> str | None: ...
    @property
    def additional_code_repositories(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        notebook_instance_name: str | None = ...,
        notebook_instance_arn: str | None = ...,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        url: str | None = ...,
        instance_type: InstanceType | InstanceTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        notebook_instance_lifecycle_config_name: str | None = ...,
        default_code_repository: str | None = ...,
        additional_code_repositories: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> NotebookInstanceSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...
