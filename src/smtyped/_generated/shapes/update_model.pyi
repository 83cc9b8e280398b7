# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateModelCardRequest as UpdateModelCardRequest
from smtyped._generated.shapes._u import UpdateModelCardResponse as UpdateModelCardResponse
from smtyped._generated.shapes._u import UpdateModelPackageInput as UpdateModelPackageInput
from smtyped._generated.shapes._u import UpdateModelPackageOutput as UpdateModelPackageOutput

__all__ = [
    "UpdateModelCardRequest",
    "UpdateModelCardResponse",
    "UpdateModelPackageInput",
    "UpdateModelPackageOutput",
]
