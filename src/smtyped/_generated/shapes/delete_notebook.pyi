# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteNotebookInstanceInput as DeleteNotebookInstanceInput
from smtyped._generated.shapes._d import (
    DeleteNotebookInstanceLifecycleConfigInput as DeleteNotebookInstanceLifecycleConfigInput,
)
from smtyped._generated.shapes._d import (
    DeleteNotebookInstanceLifecycleConfigResponse as DeleteNotebookInstanceLifecycleConfigResponse,
)
from smtyped._generated.shapes._d import DeleteNotebookInstanceResponse as DeleteNotebookInstanceResponse

__all__ = [
    "DeleteNotebookInstanceInput",
    "DeleteNotebookInstanceLifecycleConfigInput",
    "DeleteNotebookInstanceLifecycleConfigResponse",
    "DeleteNotebookInstanceResponse",
]
