# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_instance import (
    ClusterInstanceType,
    as_ClusterInstanceType,
    as_ClusterInstanceType_opt,
)
from smtyped._generated.enums.deep_health import DeepHealthCheckType, DeepHealthCheckTypeLiteral
from smtyped._generated.enums.instance_group import InstanceGroupStatus, as_InstanceGroupStatus_opt
from smtyped._generated.shapes.cluster_instance import ClusterInstanceStorageConfig
from smtyped._generated.shapes.cluster_shared import (
    ClusterSharedEnvironmentConfig,
    ClusterSharedEnvironmentConfigDetails,
)
from smtyped._generated.shapes.environment_config import EnvironmentConfig, EnvironmentConfigDetails
from smtyped._generated.shapes.scheduled_update import ScheduledUpdateConfig
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupDetails(Shape):
    current_count: int | None = None
    target_count: int | None = None
    instance_group_name: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    execution_role: str | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    status: InstanceGroupStatus | None = attrs.field(default=None, converter=as_InstanceGroupStatus_opt)
    training_plan_arn: str | None = None
    training_plan_status: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    environment_config: EnvironmentConfigDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupSpecification(Shape):
    instance_count: int
    instance_group_name: str
    instance_type: ClusterInstanceType = attrs.field(converter=as_ClusterInstanceType)
    execution_role: str
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    training_plan_arn: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    environment_config: EnvironmentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupsConfig(Shape):
    shared_environment_config: ClusterSharedEnvironmentConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupsConfigOutput(Shape):
    shared_environment_config: ClusterSharedEnvironmentConfigDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
