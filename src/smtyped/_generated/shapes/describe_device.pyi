# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeDeviceFleetRequest as DescribeDeviceFleetRequest
from smtyped._generated.shapes._d import DescribeDeviceFleetResponse as DescribeDeviceFleetResponse
from smtyped._generated.shapes._d import DescribeDeviceRequest as DescribeDeviceRequest
from smtyped._generated.shapes._d import DescribeDeviceResponse as DescribeDeviceResponse

__all__ = [
    "DescribeDeviceFleetRequest",
    "DescribeDeviceFleetResponse",
    "DescribeDeviceRequest",
    "DescribeDeviceResponse",
]
