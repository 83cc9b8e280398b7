# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteMlflowAppRequest as DeleteMlflowAppRequest
from smtyped._generated.shapes._d import DeleteMlflowAppResponse as DeleteMlflowAppResponse
from smtyped._generated.shapes._d import DeleteMlflowTrackingServerRequest as DeleteMlflowTrackingServerRequest
from smtyped._generated.shapes._d import DeleteMlflowTrackingServerResponse as DeleteMlflowTrackingServerResponse

__all__ = [
    "DeleteMlflowAppRequest",
    "DeleteMlflowAppResponse",
    "DeleteMlflowTrackingServerRequest",
    "DeleteMlflowTrackingServerResponse",
]
