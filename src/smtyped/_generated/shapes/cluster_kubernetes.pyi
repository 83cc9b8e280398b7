# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import ClusterKubernetesConfig as ClusterKubernetesConfig
from smtyped._generated.shapes._c import ClusterKubernetesConfigDetails as ClusterKubernetesConfigDetails
from smtyped._generated.shapes._c import ClusterKubernetesConfigNodeDetails as ClusterKubernetesConfigNodeDetails
from smtyped._generated.shapes._c import ClusterKubernetesTaint as ClusterKubernetesTaint

__all__ = [
    "ClusterKubernetesConfig",
    "ClusterKubernetesConfigDetails",
    "ClusterKubernetesConfigNodeDetails",
    "ClusterKubernetesTaint",
]
