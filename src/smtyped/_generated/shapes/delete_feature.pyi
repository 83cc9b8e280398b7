# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteFeatureGroupRequest as DeleteFeatureGroupRequest
from smtyped._generated.shapes._d import DeleteFeatureGroupResponse as DeleteFeatureGroupResponse

__all__ = [
    "DeleteFeatureGroupRequest",
    "DeleteFeatureGroupResponse",
]
