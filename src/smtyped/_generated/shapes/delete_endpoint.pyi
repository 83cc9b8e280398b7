# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteEndpointConfigInput as DeleteEndpointConfigInput
from smtyped._generated.shapes._d import DeleteEndpointConfigResponse as DeleteEndpointConfigResponse
from smtyped._generated.shapes._d import DeleteEndpointInput as DeleteEndpointInput
from smtyped._generated.shapes._d import DeleteEndpointResponse as DeleteEndpointResponse

__all__ = [
    "DeleteEndpointConfigInput",
    "DeleteEndpointConfigResponse",
    "DeleteEndpointInput",
    "DeleteEndpointResponse",
]
