# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdatePartnerAppRequest as UpdatePartnerAppRequest
from smtyped._generated.shapes._u import UpdatePartnerAppResponse as UpdatePartnerAppResponse

__all__ = [
    "UpdatePartnerAppRequest",
    "UpdatePartnerAppResponse",
]
