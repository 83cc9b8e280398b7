# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListMlflowAppsRequest as ListMlflowAppsRequest
from smtyped._generated.shapes._l import ListMlflowAppsResponse as ListMlflowAppsResponse
from smtyped._generated.shapes._l import ListMlflowTrackingServersRequest as ListMlflowTrackingServersRequest
from smtyped._generated.shapes._l import ListMlflowTrackingServersResponse as ListMlflowTrackingServersResponse

__all__ = [
    "ListMlflowAppsRequest",
    "ListMlflowAppsResponse",
    "ListMlflowTrackingServersRequest",
    "ListMlflowTrackingServersResponse",
]
