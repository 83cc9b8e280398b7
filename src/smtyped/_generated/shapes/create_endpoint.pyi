# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateEndpointConfigInput as CreateEndpointConfigInput
from smtyped._generated.shapes._c import CreateEndpointConfigOutput as CreateEndpointConfigOutput
from smtyped._generated.shapes._c import CreateEndpointInput as CreateEndpointInput
from smtyped._generated.shapes._c import CreateEndpointOutput as CreateEndpointOutput

__all__ = [
    "CreateEndpointConfigInput",
    "CreateEndpointConfigOutput",
    "CreateEndpointInput",
    "CreateEndpointOutput",
]
