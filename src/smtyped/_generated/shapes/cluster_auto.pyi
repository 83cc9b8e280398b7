# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_auto import (
    ClusterAutoScalerType,
    ClusterAutoScalingMode,
    ClusterAutoScalingStatus,
    as_ClusterAutoScalerType_opt,
    as_ClusterAutoScalingMode,
    as_ClusterAutoScalingMode_opt,
    as_ClusterAutoScalingStatus_opt,
)
from smtyped._generated.enums.cluster_patching import (
    ClusterPatchingStrategy,
    as_ClusterPatchingStrategy,
    as_ClusterPatchingStrategy_opt,
)
from smtyped._generated.shapes.cluster_patch import ClusterPatchSchedule, ClusterPatchScheduleDetails
from smtyped._generated.shapes.deployment_configuration import DeploymentConfiguration

@attrs.frozen(kw_only=True, slots=False)
class ClusterAutoPatchConfig(Shape):
    patching_strategy: ClusterPatchingStrategy = attrs.field(converter=as_ClusterPatchingStrategy)
    patch_schedule: ClusterPatchSchedule | None = None
    deployment_config: DeploymentConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterAutoPatchConfigDetails(Shape):
    patching_strategy: ClusterPatchingStrategy | None = attrs.field(
        default=None, converter=as_ClusterPatchingStrategy_opt
    )
    current_patch_schedule: ClusterPatchScheduleDetails | None = None
    desired_patch_schedule: ClusterPatchScheduleDetails | None = None
    deployment_config: DeploymentConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterAutoScalingConfig(Shape):
    mode: ClusterAutoScalingMode = attrs.field(converter=as_ClusterAutoScalingMode)
    auto_scaler_type: ClusterAutoScalerType | None = attrs.field(default=None, converter=as_ClusterAutoScalerType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterAutoScalingConfigOutput(Shape):
    mode: ClusterAutoScalingMode | None = attrs.field(default=None, converter=as_ClusterAutoScalingMode_opt)
    auto_scaler_type: ClusterAutoScalerType | None = attrs.field(default=None, converter=as_ClusterAutoScalerType_opt)
    status: ClusterAutoScalingStatus | None = attrs.field(default=None, converter=as_ClusterAutoScalingStatus_opt)
    failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
