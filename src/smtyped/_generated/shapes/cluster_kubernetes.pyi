# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_kubernetes import ClusterKubernetesTaintEffect, as_ClusterKubernetesTaintEffect

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesConfig(Shape):
    labels: dict[str, str] | None = None
    taints: list[ClusterKubernetesTaint] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesConfigDetails(Shape):
    current_labels: dict[str, str] | None = None
    desired_labels: dict[str, str] | None = None
    current_taints: list[ClusterKubernetesTaint] | None = None
    desired_taints: list[ClusterKubernetesTaint] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesConfigNodeDetails(Shape):
    current_labels: dict[str, str] | None = None
    desired_labels: dict[str, str] | None = None
    current_taints: list[ClusterKubernetesTaint] | None = None
    desired_taints: list[ClusterKubernetesTaint] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesTaint(Shape):
    key: str
    effect: ClusterKubernetesTaintEffect = attrs.field(converter=as_ClusterKubernetesTaintEffect)
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
