# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListAssociationsRequest as ListAssociationsRequest
from smtyped._generated.shapes._l import ListAssociationsResponse as ListAssociationsResponse

__all__ = [
    "ListAssociationsRequest",
    "ListAssociationsResponse",
]
