# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeAutoMLJobRequest as DescribeAutoMLJobRequest
from smtyped._generated.shapes._d import DescribeAutoMLJobResponse as DescribeAutoMLJobResponse
from smtyped._generated.shapes._d import DescribeAutoMLJobV2Request as DescribeAutoMLJobV2Request
from smtyped._generated.shapes._d import DescribeAutoMLJobV2Response as DescribeAutoMLJobV2Response

__all__ = [
    "DescribeAutoMLJobRequest",
    "DescribeAutoMLJobResponse",
    "DescribeAutoMLJobV2Request",
    "DescribeAutoMLJobV2Response",
]
