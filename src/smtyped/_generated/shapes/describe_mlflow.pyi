# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeMlflowAppRequest as DescribeMlflowAppRequest
from smtyped._generated.shapes._d import DescribeMlflowAppResponse as DescribeMlflowAppResponse
from smtyped._generated.shapes._d import DescribeMlflowTrackingServerRequest as DescribeMlflowTrackingServerRequest
from smtyped._generated.shapes._d import DescribeMlflowTrackingServerResponse as DescribeMlflowTrackingServerResponse

__all__ = [
    "DescribeMlflowAppRequest",
    "DescribeMlflowAppResponse",
    "DescribeMlflowTrackingServerRequest",
    "DescribeMlflowTrackingServerResponse",
]
