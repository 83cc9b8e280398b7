# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.cluster_node import (
    ClusterNodeProvisioningMode,
    ClusterNodeRecovery,
    as_ClusterNodeProvisioningMode_opt,
    as_ClusterNodeRecovery_opt,
)
from smtyped._generated.enums.cluster_status import (
    ClusterStatus,
    as_ClusterStatus_opt,
)
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    SchedulerResourceStatusLiteral,
    as_SchedulerResourceStatus_opt,
)
from smtyped._generated.shapes.cluster_auto import ClusterAutoScalingConfigOutput
from smtyped._generated.shapes.cluster_event import ClusterEventDetail
from smtyped._generated.shapes.cluster_instance import ClusterInstanceGroupDetails
from smtyped._generated.shapes.cluster_node import ClusterNodeDetails
from smtyped._generated.shapes.cluster_orchestrator import ClusterOrchestrator
from smtyped._generated.shapes.cluster_restricted import (
    ClusterRestrictedInstanceGroupDetails,
    ClusterRestrictedInstanceGroupsConfigOutput,
)
from smtyped._generated.shapes.cluster_tiered import ClusterTieredStorageConfig
from smtyped._generated.shapes.scheduler_config import SchedulerConfig
from smtyped._generated.shapes.user_context import UserContext
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterEventRequest(Shape):
    event_id: str
    cluster_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterEventResponse(OutputShape):
    event_details: ClusterEventDetail | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterNodeRequest(Shape):
    cluster_name: str
    node_id: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterNodeResponse(OutputShape):
    node_details: ClusterNodeDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterRequest(Shape):
    cluster_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterResponse(OutputShape):
    cluster_arn: str | None = None
    cluster_name: str | None = None
    cluster_status: ClusterStatus | None = attrs.field(default=None, converter=as_ClusterStatus_opt)
    creation_time: datetime | None = None
    failure_message: str | None = None
    instance_groups: list[ClusterInstanceGroupDetails] | None = None
    restricted_instance_groups: list[ClusterRestrictedInstanceGroupDetails] | None = None
    restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfigOutput | None = None
    vpc_config: VpcConfig | None = None
    orchestrator: ClusterOrchestrator | None = None
    tiered_storage_config: ClusterTieredStorageConfig | None = None
    node_recovery: ClusterNodeRecovery | None = attrs.field(default=None, converter=as_ClusterNodeRecovery_opt)
    node_provisioning_mode: ClusterNodeProvisioningMode | None = attrs.field(
        default=None, converter=as_ClusterNodeProvisioningMode_opt
    )
    cluster_role: str | None = None
    auto_scaling: ClusterAutoScalingConfigOutput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterSchedulerConfigRequest(Shape):
    cluster_scheduler_config_id: str
    cluster_scheduler_config_version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterSchedulerConfigResponse(OutputShape):
    cluster_scheduler_config_arn: str | None = None
    cluster_scheduler_config_id: str | None = None
    name: str | None = None
    cluster_scheduler_config_version: int | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    failure_reason: str | None = None
    status_details: dict[str, SchedulerResourceStatus | SchedulerResourceStatusLiteral] | None = None
    cluster_arn: str | None = None
    scheduler_config: SchedulerConfig | None = None
    description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
