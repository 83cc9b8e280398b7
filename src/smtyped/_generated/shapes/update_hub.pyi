# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateHubContentReferenceRequest as UpdateHubContentReferenceRequest
from smtyped._generated.shapes._u import UpdateHubContentReferenceResponse as UpdateHubContentReferenceResponse
from smtyped._generated.shapes._u import UpdateHubContentRequest as UpdateHubContentRequest
from smtyped._generated.shapes._u import UpdateHubContentResponse as UpdateHubContentResponse
from smtyped._generated.shapes._u import UpdateHubRequest as UpdateHubRequest
from smtyped._generated.shapes._u import UpdateHubResponse as UpdateHubResponse

__all__ = [
    "UpdateHubContentReferenceRequest",
    "UpdateHubContentReferenceResponse",
    "UpdateHubContentRequest",
    "UpdateHubContentResponse",
    "UpdateHubRequest",
    "UpdateHubResponse",
]
