# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateImageRequest as UpdateImageRequest
from smtyped._generated.shapes._u import UpdateImageResponse as UpdateImageResponse
from smtyped._generated.shapes._u import UpdateImageVersionRequest as UpdateImageVersionRequest
from smtyped._generated.shapes._u import UpdateImageVersionResponse as UpdateImageVersionResponse

__all__ = [
    "UpdateImageRequest",
    "UpdateImageResponse",
    "UpdateImageVersionRequest",
    "UpdateImageVersionResponse",
]
