# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeActionRequest as DescribeActionRequest
from smtyped._generated.shapes._d import DescribeActionResponse as DescribeActionResponse

__all__ = [
    "DescribeActionRequest",
    "DescribeActionResponse",
]
