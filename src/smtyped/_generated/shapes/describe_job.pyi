# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeJobRequest as DescribeJobRequest
from smtyped._generated.shapes._d import DescribeJobResponse as DescribeJobResponse
from smtyped._generated.shapes._d import DescribeJobSchemaVersionRequest as DescribeJobSchemaVersionRequest
from smtyped._generated.shapes._d import DescribeJobSchemaVersionResponse as DescribeJobSchemaVersionResponse

__all__ = [
    "DescribeJobRequest",
    "DescribeJobResponse",
    "DescribeJobSchemaVersionRequest",
    "DescribeJobSchemaVersionResponse",
]
