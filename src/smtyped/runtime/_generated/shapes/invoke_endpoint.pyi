# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped.runtime._generated.shapes._i import InvokeEndpointAsyncInput as InvokeEndpointAsyncInput
from smtyped.runtime._generated.shapes._i import InvokeEndpointAsyncOutput as InvokeEndpointAsyncOutput
from smtyped.runtime._generated.shapes._i import InvokeEndpointInput as InvokeEndpointInput
from smtyped.runtime._generated.shapes._i import InvokeEndpointOutput as InvokeEndpointOutput
from smtyped.runtime._generated.shapes._i import (
    InvokeEndpointWithResponseStreamInput as InvokeEndpointWithResponseStreamInput,
)
from smtyped.runtime._generated.shapes._i import (
    InvokeEndpointWithResponseStreamOutput as InvokeEndpointWithResponseStreamOutput,
)

__all__ = [
    "InvokeEndpointAsyncInput",
    "InvokeEndpointAsyncOutput",
    "InvokeEndpointInput",
    "InvokeEndpointOutput",
    "InvokeEndpointWithResponseStreamInput",
    "InvokeEndpointWithResponseStreamOutput",
]
