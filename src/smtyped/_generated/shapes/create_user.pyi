# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateUserProfileRequest as CreateUserProfileRequest
from smtyped._generated.shapes._c import CreateUserProfileResponse as CreateUserProfileResponse

__all__ = [
    "CreateUserProfileRequest",
    "CreateUserProfileResponse",
]
