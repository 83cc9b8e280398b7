# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateImageRequest as CreateImageRequest
from smtyped._generated.shapes._c import CreateImageResponse as CreateImageResponse
from smtyped._generated.shapes._c import CreateImageVersionRequest as CreateImageVersionRequest
from smtyped._generated.shapes._c import CreateImageVersionResponse as CreateImageVersionResponse

__all__ = [
    "CreateImageRequest",
    "CreateImageResponse",
    "CreateImageVersionRequest",
    "CreateImageVersionResponse",
]
