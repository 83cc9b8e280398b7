# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeLineageGroupRequest as DescribeLineageGroupRequest
from smtyped._generated.shapes._d import DescribeLineageGroupResponse as DescribeLineageGroupResponse

__all__ = [
    "DescribeLineageGroupRequest",
    "DescribeLineageGroupResponse",
]
