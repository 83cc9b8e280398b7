# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteHubContentReferenceRequest as DeleteHubContentReferenceRequest
from smtyped._generated.shapes._d import DeleteHubContentReferenceResponse as DeleteHubContentReferenceResponse
from smtyped._generated.shapes._d import DeleteHubContentRequest as DeleteHubContentRequest
from smtyped._generated.shapes._d import DeleteHubContentResponse as DeleteHubContentResponse
from smtyped._generated.shapes._d import DeleteHubRequest as DeleteHubRequest
from smtyped._generated.shapes._d import DeleteHubResponse as DeleteHubResponse

__all__ = [
    "DeleteHubContentReferenceRequest",
    "DeleteHubContentReferenceResponse",
    "DeleteHubContentRequest",
    "DeleteHubContentResponse",
    "DeleteHubRequest",
    "DeleteHubResponse",
]
