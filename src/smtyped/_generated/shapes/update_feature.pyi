# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateFeatureGroupRequest as UpdateFeatureGroupRequest
from smtyped._generated.shapes._u import UpdateFeatureGroupResponse as UpdateFeatureGroupResponse
from smtyped._generated.shapes._u import UpdateFeatureMetadataRequest as UpdateFeatureMetadataRequest
from smtyped._generated.shapes._u import UpdateFeatureMetadataResponse as UpdateFeatureMetadataResponse

__all__ = [
    "UpdateFeatureGroupRequest",
    "UpdateFeatureGroupResponse",
    "UpdateFeatureMetadataRequest",
    "UpdateFeatureMetadataResponse",
]
