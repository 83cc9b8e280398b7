# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeClusterEventRequest as DescribeClusterEventRequest
from smtyped._generated.shapes._d import DescribeClusterEventResponse as DescribeClusterEventResponse
from smtyped._generated.shapes._d import DescribeClusterNodeRequest as DescribeClusterNodeRequest
from smtyped._generated.shapes._d import DescribeClusterNodeResponse as DescribeClusterNodeResponse
from smtyped._generated.shapes._d import DescribeClusterRequest as DescribeClusterRequest
from smtyped._generated.shapes._d import DescribeClusterResponse as DescribeClusterResponse
from smtyped._generated.shapes._d import DescribeClusterSchedulerConfigRequest as DescribeClusterSchedulerConfigRequest
from smtyped._generated.shapes._d import (
    DescribeClusterSchedulerConfigResponse as DescribeClusterSchedulerConfigResponse,
)

__all__ = [
    "DescribeClusterEventRequest",
    "DescribeClusterEventResponse",
    "DescribeClusterNodeRequest",
    "DescribeClusterNodeResponse",
    "DescribeClusterRequest",
    "DescribeClusterResponse",
    "DescribeClusterSchedulerConfigRequest",
    "DescribeClusterSchedulerConfigResponse",
]
