# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListHubContentsRequest as ListHubContentsRequest
from smtyped._generated.shapes._l import ListHubContentsResponse as ListHubContentsResponse
from smtyped._generated.shapes._l import ListHubContentVersionsRequest as ListHubContentVersionsRequest
from smtyped._generated.shapes._l import ListHubContentVersionsResponse as ListHubContentVersionsResponse

__all__ = [
    "ListHubContentVersionsRequest",
    "ListHubContentVersionsResponse",
    "ListHubContentsRequest",
    "ListHubContentsResponse",
]
