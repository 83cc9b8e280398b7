# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_replace import (
    BatchReplaceClusterNodesErrorCode,
    as_BatchReplaceClusterNodesErrorCode_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class BatchReplaceClusterNodeLogicalIdsError(Shape):
    node_logical_id: str | None = None
    error_code: BatchReplaceClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchReplaceClusterNodesErrorCode_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchReplaceClusterNodesError(Shape):
    node_id: str | None = None
    error_code: BatchReplaceClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchReplaceClusterNodesErrorCode_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchReplaceClusterNodesRequest(Shape):
    cluster_name: str
    node_ids: list[str] | None = None
    node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchReplaceClusterNodesResponse(OutputShape):
    successful: list[str] | None = None
    failed: list[BatchReplaceClusterNodesError] | None = None
    failed_node_logical_ids: list[BatchReplaceClusterNodeLogicalIdsError] | None = None
    successful_node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
