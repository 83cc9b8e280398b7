# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreatePresignedDomainUrlRequest as CreatePresignedDomainUrlRequest
from smtyped._generated.shapes._c import CreatePresignedDomainUrlResponse as CreatePresignedDomainUrlResponse
from smtyped._generated.shapes._c import CreatePresignedMlflowAppUrlRequest as CreatePresignedMlflowAppUrlRequest
from smtyped._generated.shapes._c import CreatePresignedMlflowAppUrlResponse as CreatePresignedMlflowAppUrlResponse
from smtyped._generated.shapes._c import (
    CreatePresignedMlflowTrackingServerUrlRequest as CreatePresignedMlflowTrackingServerUrlRequest,
)
from smtyped._generated.shapes._c import (
    CreatePresignedMlflowTrackingServerUrlResponse as CreatePresignedMlflowTrackingServerUrlResponse,
)
from smtyped._generated.shapes._c import (
    CreatePresignedNotebookInstanceUrlInput as CreatePresignedNotebookInstanceUrlInput,
)
from smtyped._generated.shapes._c import (
    CreatePresignedNotebookInstanceUrlOutput as CreatePresignedNotebookInstanceUrlOutput,
)

__all__ = [
    "CreatePresignedDomainUrlRequest",
    "CreatePresignedDomainUrlResponse",
    "CreatePresignedMlflowAppUrlRequest",
    "CreatePresignedMlflowAppUrlResponse",
    "CreatePresignedMlflowTrackingServerUrlRequest",
    "CreatePresignedMlflowTrackingServerUrlResponse",
    "CreatePresignedNotebookInstanceUrlInput",
    "CreatePresignedNotebookInstanceUrlOutput",
]
