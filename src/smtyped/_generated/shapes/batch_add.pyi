# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_add import BatchAddClusterNodesErrorCode, as_BatchAddClusterNodesErrorCode_opt
from smtyped._generated.enums.cluster_instance import ClusterInstanceType, ClusterInstanceTypeLiteral
from smtyped._generated.shapes.add_cluster import AddClusterNodeSpecification
from smtyped._generated.shapes.node_addition import NodeAdditionResult

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesError(Shape):
    instance_group_name: str | None = None
    error_code: BatchAddClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchAddClusterNodesErrorCode_opt
    )
    failed_count: int | None = None
    availability_zones: list[str] | None = None
    instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesRequest(Shape):
    cluster_name: str
    nodes_to_add: list[AddClusterNodeSpecification]
    client_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchAddClusterNodesResponse(OutputShape):
    successful: list[NodeAdditionResult] | None = None
    failed: list[BatchAddClusterNodesError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
