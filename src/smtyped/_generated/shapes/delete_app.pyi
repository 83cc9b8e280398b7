# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteAppImageConfigRequest as DeleteAppImageConfigRequest
from smtyped._generated.shapes._d import DeleteAppImageConfigResponse as DeleteAppImageConfigResponse
from smtyped._generated.shapes._d import DeleteAppRequest as DeleteAppRequest
from smtyped._generated.shapes._d import DeleteAppResponse as DeleteAppResponse

__all__ = [
    "DeleteAppImageConfigRequest",
    "DeleteAppImageConfigResponse",
    "DeleteAppRequest",
    "DeleteAppResponse",
]
