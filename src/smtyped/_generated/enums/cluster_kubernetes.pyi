# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClusterKubernetesTaintEffect as ClusterKubernetesTaintEffect
from smtyped._generated.enums._c import ClusterKubernetesTaintEffectLiteral as ClusterKubernetesTaintEffectLiteral
from smtyped._generated.enums._c import as_ClusterKubernetesTaintEffect as as_ClusterKubernetesTaintEffect
from smtyped._generated.enums._c import as_ClusterKubernetesTaintEffect_opt as as_ClusterKubernetesTaintEffect_opt

__all__ = [
    "ClusterKubernetesTaintEffect",
    "ClusterKubernetesTaintEffectLiteral",
]
