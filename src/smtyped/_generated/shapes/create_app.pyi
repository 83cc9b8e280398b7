# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateAppImageConfigRequest as CreateAppImageConfigRequest
from smtyped._generated.shapes._c import CreateAppImageConfigResponse as CreateAppImageConfigResponse
from smtyped._generated.shapes._c import CreateAppRequest as CreateAppRequest
from smtyped._generated.shapes._c import CreateAppResponse as CreateAppResponse

__all__ = [
    "CreateAppImageConfigRequest",
    "CreateAppImageConfigResponse",
    "CreateAppRequest",
    "CreateAppResponse",
]
