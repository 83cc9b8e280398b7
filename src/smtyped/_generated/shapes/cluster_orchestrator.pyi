# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_slurm import ClusterSlurmConfigStrategy, as_ClusterSlurmConfigStrategy_opt

@attrs.frozen(kw_only=True, slots=False)
class ClusterOrchestrator(Shape):
    eks: ClusterOrchestratorEksConfig | None = None
    slurm: ClusterOrchestratorSlurmConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterOrchestratorEksConfig(Shape):
    cluster_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterOrchestratorSlurmConfig(Shape):
    slurm_config_strategy: ClusterSlurmConfigStrategy | None = attrs.field(
        default=None, converter=as_ClusterSlurmConfigStrategy_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
