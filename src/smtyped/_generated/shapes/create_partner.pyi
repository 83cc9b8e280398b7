# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreatePartnerAppPresignedUrlRequest as CreatePartnerAppPresignedUrlRequest
from smtyped._generated.shapes._c import CreatePartnerAppPresignedUrlResponse as CreatePartnerAppPresignedUrlResponse
from smtyped._generated.shapes._c import CreatePartnerAppRequest as CreatePartnerAppRequest
from smtyped._generated.shapes._c import CreatePartnerAppResponse as CreatePartnerAppResponse

__all__ = [
    "CreatePartnerAppPresignedUrlRequest",
    "CreatePartnerAppPresignedUrlResponse",
    "CreatePartnerAppRequest",
    "CreatePartnerAppResponse",
]
