# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateMlflowAppRequest as CreateMlflowAppRequest
from smtyped._generated.shapes._c import CreateMlflowAppResponse as CreateMlflowAppResponse
from smtyped._generated.shapes._c import CreateMlflowTrackingServerRequest as CreateMlflowTrackingServerRequest
from smtyped._generated.shapes._c import CreateMlflowTrackingServerResponse as CreateMlflowTrackingServerResponse

__all__ = [
    "CreateMlflowAppRequest",
    "CreateMlflowAppResponse",
    "CreateMlflowTrackingServerRequest",
    "CreateMlflowTrackingServerResponse",
]
