# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeHubContentRequest as DescribeHubContentRequest
from smtyped._generated.shapes._d import DescribeHubContentResponse as DescribeHubContentResponse
from smtyped._generated.shapes._d import DescribeHubRequest as DescribeHubRequest
from smtyped._generated.shapes._d import DescribeHubResponse as DescribeHubResponse

__all__ = [
    "DescribeHubContentRequest",
    "DescribeHubContentResponse",
    "DescribeHubRequest",
    "DescribeHubResponse",
]
