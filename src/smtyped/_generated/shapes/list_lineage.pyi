# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListLineageGroupsRequest as ListLineageGroupsRequest
from smtyped._generated.shapes._l import ListLineageGroupsResponse as ListLineageGroupsResponse

__all__ = [
    "ListLineageGroupsRequest",
    "ListLineageGroupsResponse",
]
