# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.c import (
    ClusterInstanceStatus,
    as_ClusterInstanceStatus_opt,
)
from smtyped._generated.enums.i import InstanceType, as_InstanceType_opt
from smtyped._generated.enums.n import (
    NotebookInstanceStatus,
    as_NotebookInstanceStatus_opt,
)
from smtyped._generated.shapes.f import Filter
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class NeoVpcConfig(Shape):
    security_group_ids: list[str]
    subnets: list[str]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NestedFilters(Shape):
    nested_property_name: str
    filters: list[Filter]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NetworkConfig(Shape):
    enable_inter_container_traffic_encryption: bool | None = None
    enable_network_isolation: bool | None = None
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NodeAdditionResult(Shape):
    node_logical_id: str | None = None
    instance_group_name: str | None = None
    status: ClusterInstanceStatus | None = attrs.field(default=None, converter=as_ClusterInstanceStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NotebookInstanceSummary(Shape):
    notebook_instance_name: str | None = None
    notebook_instance_arn: str | None = None
    notebook_instance_status: NotebookInstanceStatus | None = attrs.field(
        default=None, converter=as_NotebookInstanceStatus_opt
    )
    url: str | None = None
    instance_type: InstanceType | None = attrs.field(default=None, converter=as_InstanceType_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    notebook_instance_lifecycle_config_name: str | None = None
    default_code_repository: str | None = None
    additional_code_repositories: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
