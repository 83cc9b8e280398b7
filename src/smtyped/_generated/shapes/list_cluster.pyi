# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListClusterEventsRequest as ListClusterEventsRequest
from smtyped._generated.shapes._l import ListClusterEventsResponse as ListClusterEventsResponse
from smtyped._generated.shapes._l import ListClusterNodesRequest as ListClusterNodesRequest
from smtyped._generated.shapes._l import ListClusterNodesResponse as ListClusterNodesResponse
from smtyped._generated.shapes._l import ListClusterSchedulerConfigsRequest as ListClusterSchedulerConfigsRequest
from smtyped._generated.shapes._l import ListClusterSchedulerConfigsResponse as ListClusterSchedulerConfigsResponse

__all__ = [
    "ListClusterEventsRequest",
    "ListClusterEventsResponse",
    "ListClusterNodesRequest",
    "ListClusterNodesResponse",
    "ListClusterSchedulerConfigsRequest",
    "ListClusterSchedulerConfigsResponse",
]
