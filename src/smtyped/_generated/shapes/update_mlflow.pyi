# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateMlflowAppRequest as UpdateMlflowAppRequest
from smtyped._generated.shapes._u import UpdateMlflowAppResponse as UpdateMlflowAppResponse
from smtyped._generated.shapes._u import UpdateMlflowTrackingServerRequest as UpdateMlflowTrackingServerRequest
from smtyped._generated.shapes._u import UpdateMlflowTrackingServerResponse as UpdateMlflowTrackingServerResponse

__all__ = [
    "UpdateMlflowAppRequest",
    "UpdateMlflowAppResponse",
    "UpdateMlflowTrackingServerRequest",
    "UpdateMlflowTrackingServerResponse",
]
