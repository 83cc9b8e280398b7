# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterKubernetesTaintEffect(OpenEnum):
    NOSCHEDULE = "NoSchedule"
    PREFERNOSCHEDULE = "PreferNoSchedule"
    NOEXECUTE = "NoExecute"

ClusterKubernetesTaintEffectLiteral = Literal[
    "NoSchedule",
    "PreferNoSchedule",
    "NoExecute",
]

def as_ClusterKubernetesTaintEffect(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral,
) -> ClusterKubernetesTaintEffect: ...
def as_ClusterKubernetesTaintEffect_opt(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral | None,
) -> ClusterKubernetesTaintEffect | None: ...
