# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeAppImageConfigRequest as DescribeAppImageConfigRequest
from smtyped._generated.shapes._d import DescribeAppImageConfigResponse as DescribeAppImageConfigResponse
from smtyped._generated.shapes._d import DescribeAppRequest as DescribeAppRequest
from smtyped._generated.shapes._d import DescribeAppResponse as DescribeAppResponse

__all__ = [
    "DescribeAppImageConfigRequest",
    "DescribeAppImageConfigResponse",
    "DescribeAppRequest",
    "DescribeAppResponse",
]
