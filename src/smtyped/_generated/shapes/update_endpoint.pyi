# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateEndpointInput as UpdateEndpointInput
from smtyped._generated.shapes._u import UpdateEndpointOutput as UpdateEndpointOutput
from smtyped._generated.shapes._u import (
    UpdateEndpointWeightsAndCapacitiesInput as UpdateEndpointWeightsAndCapacitiesInput,
)
from smtyped._generated.shapes._u import (
    UpdateEndpointWeightsAndCapacitiesOutput as UpdateEndpointWeightsAndCapacitiesOutput,
)

__all__ = [
    "UpdateEndpointInput",
    "UpdateEndpointOutput",
    "UpdateEndpointWeightsAndCapacitiesInput",
    "UpdateEndpointWeightsAndCapacitiesOutput",
]
