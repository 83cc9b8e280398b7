# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_image import ClusterImageVersionStatus, as_ClusterImageVersionStatus_opt
from smtyped._generated.enums.cluster_instance import (
    ClusterInstanceStatus,
    ClusterInstanceType,
    ClusterInstanceTypeLiteral,
    as_ClusterInstanceStatus_opt,
    as_ClusterInstanceType_opt,
)
from smtyped._generated.enums.deep_health import DeepHealthCheckType, DeepHealthCheckTypeLiteral
from smtyped._generated.enums.instance_group import InstanceGroupStatus, as_InstanceGroupStatus_opt
from smtyped._generated.enums.software_update import SoftwareUpdateStatus, as_SoftwareUpdateStatus_opt
from smtyped._generated.shapes.cluster_auto import ClusterAutoPatchConfig, ClusterAutoPatchConfigDetails
from smtyped._generated.shapes.cluster_capacity import ClusterCapacityRequirements
from smtyped._generated.shapes.cluster_ebs import ClusterEbsVolumeConfig
from smtyped._generated.shapes.cluster_fsx import ClusterFsxLustreConfig, ClusterFsxOpenZfsConfig
from smtyped._generated.shapes.cluster_kubernetes import ClusterKubernetesConfig, ClusterKubernetesConfigDetails
from smtyped._generated.shapes.cluster_life import ClusterLifeCycleConfig
from smtyped._generated.shapes.cluster_network import ClusterNetworkInterface, ClusterNetworkInterfaceDetails
from smtyped._generated.shapes.cluster_slurm import ClusterSlurmConfig, ClusterSlurmConfigDetails
from smtyped._generated.shapes.deployment_configuration import DeploymentConfiguration
from smtyped._generated.shapes.scheduled_update import ScheduledUpdateConfig
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceGroupDetails(Shape):
    current_count: int | None = None
    target_count: int | None = None
    min_count: int | None = None
    instance_group_name: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    instance_requirements: ClusterInstanceRequirementDetails | None = None
    instance_type_details: list[ClusterInstanceTypeDetail] | None = None
    life_cycle_config: ClusterLifeCycleConfig | None = None
    execution_role: str | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    status: InstanceGroupStatus | None = attrs.field(default=None, converter=as_InstanceGroupStatus_opt)
    training_plan_arn: str | None = None
    training_plan_status: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    auto_patch_config: ClusterAutoPatchConfigDetails | None = None
    current_image_id: str | None = None
    desired_image_id: str | None = None
    current_image_release_version: str | None = None
    desired_image_release_version: str | None = None
    image_version_status: ClusterImageVersionStatus | None = attrs.field(
        default=None, converter=as_ClusterImageVersionStatus_opt
    )
    active_operations: dict[str, int] | None = None
    kubernetes_config: ClusterKubernetesConfigDetails | None = None
    capacity_requirements: ClusterCapacityRequirements | None = None
    target_state_count: int | None = None
    software_update_status: SoftwareUpdateStatus | None = attrs.field(
        default=None, converter=as_SoftwareUpdateStatus_opt
    )
    active_software_update_config: DeploymentConfiguration | None = None
    slurm_config: ClusterSlurmConfigDetails | None = None
    network_interface: ClusterNetworkInterfaceDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceGroupSpecification(Shape):
    instance_count: int
    instance_group_name: str
    execution_role: str
    min_instance_count: int | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    instance_requirements: ClusterInstanceRequirements | None = None
    life_cycle_config: ClusterLifeCycleConfig | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    training_plan_arn: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    image_id: str | None = None
    auto_patch_config: ClusterAutoPatchConfig | None = None
    image_release_version: str | None = None
    kubernetes_config: ClusterKubernetesConfig | None = None
    slurm_config: ClusterSlurmConfig | None = None
    capacity_requirements: ClusterCapacityRequirements | None = None
    network_interface: ClusterNetworkInterface | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstancePlacement(Shape):
    availability_zone: str | None = None
    availability_zone_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceRequirementDetails(Shape):
    current_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None
    desired_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceRequirements(Shape):
    instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceStatusDetails(Shape):
    status: ClusterInstanceStatus | None = attrs.field(default=None, converter=as_ClusterInstanceStatus_opt)
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceStorageConfig(Shape):
    ebs_volume_config: ClusterEbsVolumeConfig | None = None
    fsx_lustre_config: ClusterFsxLustreConfig | None = None
    fsx_open_zfs_config: ClusterFsxOpenZfsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceTypeDetail(Shape):
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    current_count: int | None = None
    threads_per_core: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
