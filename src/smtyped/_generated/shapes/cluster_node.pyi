# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_capacity import (
    ClusterCapacityType,
    as_ClusterCapacityType_opt,
)
from smtyped._generated.enums.cluster_image import (
    ClusterImageVersionStatus,
    as_ClusterImageVersionStatus_opt,
)
from smtyped._generated.enums.cluster_instance import (
    ClusterInstanceType,
    as_ClusterInstanceType_opt,
)
from smtyped._generated.shapes.cluster_instance import (
    ClusterInstancePlacement,
    ClusterInstanceStatusDetails,
    ClusterInstanceStorageConfig,
)
from smtyped._generated.shapes.cluster_kubernetes import ClusterKubernetesConfigNodeDetails
from smtyped._generated.shapes.cluster_life import ClusterLifeCycleConfig
from smtyped._generated.shapes.cluster_network import ClusterNetworkInterfaceDetails
from smtyped._generated.shapes.ultra_server import UltraServerInfo
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class ClusterNodeDetails(Shape):
    instance_group_name: str | None = None
    instance_id: str | None = None
    node_logical_id: str | None = None
    instance_status: ClusterInstanceStatusDetails | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    launch_time: datetime | None = None
    last_software_update_time: datetime | None = None
    life_cycle_config: ClusterLifeCycleConfig | None = None
    override_vpc_config: VpcConfig | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    private_primary_ip: str | None = None
    private_primary_ipv6: str | None = None
    private_dns_hostname: str | None = None
    placement: ClusterInstancePlacement | None = None
    current_image_id: str | None = None
    desired_image_id: str | None = None
    current_image_release_version: str | None = None
    desired_image_release_version: str | None = None
    image_version_status: ClusterImageVersionStatus | None = attrs.field(
        default=None, converter=as_ClusterImageVersionStatus_opt
    )
    ultra_server_info: UltraServerInfo | None = None
    kubernetes_config: ClusterKubernetesConfigNodeDetails | None = None
    capacity_type: ClusterCapacityType | None = attrs.field(default=None, converter=as_ClusterCapacityType_opt)
    network_interface: ClusterNetworkInterfaceDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterNodeSummary(Shape):
    instance_group_name: str | None = None
    instance_id: str | None = None
    node_logical_id: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    launch_time: datetime | None = None
    last_software_update_time: datetime | None = None
    instance_status: ClusterInstanceStatusDetails | None = None
    ultra_server_info: UltraServerInfo | None = None
    private_dns_hostname: str | None = None
    current_image_release_version: str | None = None
    image_version_status: ClusterImageVersionStatus | None = attrs.field(
        default=None, converter=as_ClusterImageVersionStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
