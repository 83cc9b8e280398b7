# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateAutoMLJobRequest as CreateAutoMLJobRequest
from smtyped._generated.shapes._c import CreateAutoMLJobResponse as CreateAutoMLJobResponse
from smtyped._generated.shapes._c import CreateAutoMLJobV2Request as CreateAutoMLJobV2Request
from smtyped._generated.shapes._c import CreateAutoMLJobV2Response as CreateAutoMLJobV2Response

__all__ = [
    "CreateAutoMLJobRequest",
    "CreateAutoMLJobResponse",
    "CreateAutoMLJobV2Request",
    "CreateAutoMLJobV2Response",
]
