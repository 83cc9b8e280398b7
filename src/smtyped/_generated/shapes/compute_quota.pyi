# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.activation_state import (
    ActivationState,
    as_ActivationState_opt,
)
from smtyped._generated.enums.cluster_instance import (
    ClusterInstanceType,
    as_ClusterInstanceType,
)
from smtyped._generated.enums.preempt_team import (
    PreemptTeamTasks,
    as_PreemptTeamTasks_opt,
)
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    as_SchedulerResourceStatus_opt,
)
from smtyped._generated.shapes.accelerator_partition import AcceleratorPartitionConfig
from smtyped._generated.shapes.resource_sharing import ResourceSharingConfig

@attrs.frozen(kw_only=True, slots=False)
class ComputeQuotaConfig(Shape):
    compute_quota_resources: list[ComputeQuotaResourceConfig] | None = None
    resource_sharing_config: ResourceSharingConfig | None = None
    preempt_team_tasks: PreemptTeamTasks | None = attrs.field(default=None, converter=as_PreemptTeamTasks_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ComputeQuotaResourceConfig(Shape):
    instance_type: ClusterInstanceType = attrs.field(converter=as_ClusterInstanceType)
    count: int | None = None
    accelerators: int | None = None
    v_cpu: float | None = None
    memory_in_gi_b: float | None = None
    accelerator_partition: AcceleratorPartitionConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ComputeQuotaSummary(Shape):
    compute_quota_arn: str | None = None
    compute_quota_id: str | None = None
    name: str | None = None
    compute_quota_version: int | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    cluster_arn: str | None = None
    compute_quota_config: ComputeQuotaConfig | None = None
    compute_quota_target: ComputeQuotaTarget | None = None
    activation_state: ActivationState | None = attrs.field(default=None, converter=as_ActivationState_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ComputeQuotaTarget(Shape):
    team_name: str
    fair_share_weight: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
