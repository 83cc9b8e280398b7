# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeTrialComponentRequest as DescribeTrialComponentRequest
from smtyped._generated.shapes._d import DescribeTrialComponentResponse as DescribeTrialComponentResponse
from smtyped._generated.shapes._d import DescribeTrialRequest as DescribeTrialRequest
from smtyped._generated.shapes._d import DescribeTrialResponse as DescribeTrialResponse

__all__ = [
    "DescribeTrialComponentRequest",
    "DescribeTrialComponentResponse",
    "DescribeTrialRequest",
    "DescribeTrialResponse",
]
