# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_reboot import (
    BatchRebootClusterNodesErrorCode,
    as_BatchRebootClusterNodesErrorCode_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class BatchRebootClusterNodeLogicalIdsError(Shape):
    node_logical_id: str | None = None
    error_code: BatchRebootClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchRebootClusterNodesErrorCode_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchRebootClusterNodesError(Shape):
    node_id: str | None = None
    error_code: BatchRebootClusterNodesErrorCode | None = attrs.field(
        default=None, converter=as_BatchRebootClusterNodesErrorCode_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchRebootClusterNodesRequest(Shape):
    cluster_name: str
    node_ids: list[str] | None = None
    node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class BatchRebootClusterNodesResponse(OutputShape):
    successful: list[str] | None = None
    failed: list[BatchRebootClusterNodesError] | None = None
    failed_node_logical_ids: list[BatchRebootClusterNodeLogicalIdsError] | None = None
    successful_node_logical_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
