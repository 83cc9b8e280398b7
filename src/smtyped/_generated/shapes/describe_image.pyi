# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeImageRequest as DescribeImageRequest
from smtyped._generated.shapes._d import DescribeImageResponse as DescribeImageResponse
from smtyped._generated.shapes._d import DescribeImageVersionRequest as DescribeImageVersionRequest
from smtyped._generated.shapes._d import DescribeImageVersionResponse as DescribeImageVersionResponse

__all__ = [
    "DescribeImageRequest",
    "DescribeImageResponse",
    "DescribeImageVersionRequest",
    "DescribeImageVersionResponse",
]
