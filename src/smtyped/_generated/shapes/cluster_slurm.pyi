# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_slurm import (
    ClusterSlurmNodeType,
    as_ClusterSlurmNodeType,
    as_ClusterSlurmNodeType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ClusterSlurmConfig(Shape):
    node_type: ClusterSlurmNodeType = attrs.field(converter=as_ClusterSlurmNodeType)
    partition_names: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterSlurmConfigDetails(Shape):
    node_type: ClusterSlurmNodeType | None = attrs.field(default=None, converter=as_ClusterSlurmNodeType_opt)
    partition_names: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
