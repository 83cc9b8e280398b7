# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BatchAddClusterNodesErrorCode(OpenEnum):
    INSTANCEGROUPNOTFOUND = "InstanceGroupNotFound"
    INVALIDINSTANCEGROUPSTATUS = "InvalidInstanceGroupStatus"
    INCOMPATIBLEAVAILABILITYZONES = "IncompatibleAvailabilityZones"
    INCOMPATIBLEINSTANCETYPES = "IncompatibleInstanceTypes"

BatchAddClusterNodesErrorCodeLiteral = Literal[
    "InstanceGroupNotFound",
    "InvalidInstanceGroupStatus",
    "IncompatibleAvailabilityZones",
    "IncompatibleInstanceTypes",
]

def as_BatchAddClusterNodesErrorCode(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral,
) -> BatchAddClusterNodesErrorCode: ...
def as_BatchAddClusterNodesErrorCode_opt(
    value: BatchAddClusterNodesErrorCode | BatchAddClusterNodesErrorCodeLiteral | None,
) -> BatchAddClusterNodesErrorCode | None: ...
