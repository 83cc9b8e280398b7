# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateHubContentPresignedUrlsRequest as CreateHubContentPresignedUrlsRequest
from smtyped._generated.shapes._c import CreateHubContentPresignedUrlsResponse as CreateHubContentPresignedUrlsResponse
from smtyped._generated.shapes._c import CreateHubContentReferenceRequest as CreateHubContentReferenceRequest
from smtyped._generated.shapes._c import CreateHubContentReferenceResponse as CreateHubContentReferenceResponse
from smtyped._generated.shapes._c import CreateHubRequest as CreateHubRequest
from smtyped._generated.shapes._c import CreateHubResponse as CreateHubResponse

__all__ = [
    "CreateHubContentPresignedUrlsRequest",
    "CreateHubContentPresignedUrlsResponse",
    "CreateHubContentReferenceRequest",
    "CreateHubContentReferenceResponse",
    "CreateHubRequest",
    "CreateHubResponse",
]
