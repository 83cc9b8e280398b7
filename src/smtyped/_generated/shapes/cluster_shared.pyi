# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_f import (
    ClusterFSxLustreDeletionPolicy,
    as_ClusterFSxLustreDeletionPolicy,
    as_ClusterFSxLustreDeletionPolicy_opt,
)
from smtyped._generated.shapes.f_sx import FSxLustreConfig

@attrs.frozen(kw_only=True, slots=False)
class ClusterSharedEnvironmentConfig(Shape):
    f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy = attrs.field(
        converter=as_ClusterFSxLustreDeletionPolicy
    )
    f_sx_lustre_config: FSxLustreConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterSharedEnvironmentConfigDetails(Shape):
    current_f_sx_lustre_config: FSxLustreConfig | None = None
    desired_f_sx_lustre_config: FSxLustreConfig | None = None
    current_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy | None = attrs.field(
        default=None, converter=as_ClusterFSxLustreDeletionPolicy_opt
    )
    desired_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy | None = attrs.field(
        default=None, converter=as_ClusterFSxLustreDeletionPolicy_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
