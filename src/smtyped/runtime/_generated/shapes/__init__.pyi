# Generated stub for the module beside it. Do not edit.
# The names come from the stub-only letter groups, so type checkers read a few dozen files
# instead of every module the package loads lazily at run time.

from smtyped.runtime._generated.shapes._i import InternalStreamFailure as InternalStreamFailure
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
from smtyped.runtime._generated.shapes._m import ModelStreamError as ModelStreamError
from smtyped.runtime._generated.shapes._p import PayloadPart as PayloadPart
from smtyped.runtime._generated.shapes._r import ResponseStream as ResponseStream

__all__ = [
    "InternalStreamFailure",
    "InvokeEndpointAsyncInput",
    "InvokeEndpointAsyncOutput",
    "InvokeEndpointInput",
    "InvokeEndpointOutput",
    "InvokeEndpointWithResponseStreamInput",
    "InvokeEndpointWithResponseStreamOutput",
    "ModelStreamError",
    "PayloadPart",
    "ResponseStream",
]

def __dir__() -> list[str]: ...
