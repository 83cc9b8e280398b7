# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_delete import (
    BatchDeleteClusterNodesErrorCode,
    as_BatchDeleteClusterNodesErrorCode_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodeLogicalIdsError(Shape):
    code: BatchDeleteClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchDeleteClusterNodesErrorCode_opt
    )
    message: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesError(Shape):
    code: BatchDeleteClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchDeleteClusterNodesErrorCode_opt
    )
    message: str | None = None
    node_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesRequest(Shape):
    cluster_name: str
    node_ids: list[str] | None = None
    node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchDeleteClusterNodesResponse(OutputShape):
    failed: list[BatchDeleteClusterNodesError] | None = None
    successful: list[str] | None = None
    failed_node_logical_ids: list[BatchDeleteClusterNodeLogicalIdsError] | None = None
    successful_node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
