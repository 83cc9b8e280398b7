# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.cluster_node import (
    ClusterNodeProvisioningMode,
    ClusterNodeRecovery,
    as_ClusterNodeProvisioningMode_opt,
    as_ClusterNodeRecovery_opt,
)
from smtyped._generated.shapes.cluster_auto import ClusterAutoScalingConfig
from smtyped._generated.shapes.cluster_instance import ClusterInstanceGroupSpecification
from smtyped._generated.shapes.cluster_orchestrator import ClusterOrchestrator
from smtyped._generated.shapes.cluster_restricted import (
    ClusterRestrictedInstanceGroupsConfig,
    ClusterRestrictedInstanceGroupSpecification,
)
from smtyped._generated.shapes.cluster_tiered import ClusterTieredStorageConfig
from smtyped._generated.shapes.scheduler_config import SchedulerConfig
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterRequest(Shape):
    cluster_name: str
    instance_groups: list[ClusterInstanceGroupSpecification] | None = None
    restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None
    restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = None
    vpc_config: VpcConfig | None = None
    tags: list[Tag] | None = None
    orchestrator: ClusterOrchestrator | None = None
    node_recovery: ClusterNodeRecovery | None = attrs.field(default=None, converter=as_ClusterNodeRecovery_opt)
    tiered_storage_config: ClusterTieredStorageConfig | None = None
    node_provisioning_mode: ClusterNodeProvisioningMode | None = attrs.field(
        default=None, converter=as_ClusterNodeProvisioningMode_opt
    )
    cluster_role: str | None = None
    auto_scaling: ClusterAutoScalingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterResponse(OutputShape):
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterSchedulerConfigRequest(Shape):
    name: str
    cluster_arn: str
    scheduler_config: SchedulerConfig
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterSchedulerConfigResponse(OutputShape):
    cluster_scheduler_config_arn: str | None = None
    cluster_scheduler_config_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
