# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteImageRequest as DeleteImageRequest
from smtyped._generated.shapes._d import DeleteImageResponse as DeleteImageResponse
from smtyped._generated.shapes._d import DeleteImageVersionRequest as DeleteImageVersionRequest
from smtyped._generated.shapes._d import DeleteImageVersionResponse as DeleteImageVersionResponse

__all__ = [
    "DeleteImageRequest",
    "DeleteImageResponse",
    "DeleteImageVersionRequest",
    "DeleteImageVersionResponse",
]
