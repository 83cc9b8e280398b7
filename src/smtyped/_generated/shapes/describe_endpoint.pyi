# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeEndpointConfigInput as DescribeEndpointConfigInput
from smtyped._generated.shapes._d import DescribeEndpointConfigOutput as DescribeEndpointConfigOutput
from smtyped._generated.shapes._d import DescribeEndpointInput as DescribeEndpointInput
from smtyped._generated.shapes._d import DescribeEndpointOutput as DescribeEndpointOutput

__all__ = [
    "DescribeEndpointConfigInput",
    "DescribeEndpointConfigOutput",
    "DescribeEndpointInput",
    "DescribeEndpointOutput",
]
