# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListContextsRequest as ListContextsRequest
from smtyped._generated.shapes._l import ListContextsResponse as ListContextsResponse

__all__ = [
    "ListContextsRequest",
    "ListContextsResponse",
]
