# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateNotebookInstanceInput as UpdateNotebookInstanceInput
from smtyped._generated.shapes._u import (
    UpdateNotebookInstanceLifecycleConfigInput as UpdateNotebookInstanceLifecycleConfigInput,
)
from smtyped._generated.shapes._u import (
    UpdateNotebookInstanceLifecycleConfigOutput as UpdateNotebookInstanceLifecycleConfigOutput,
)
from smtyped._generated.shapes._u import UpdateNotebookInstanceOutput as UpdateNotebookInstanceOutput

__all__ = [
    "UpdateNotebookInstanceInput",
    "UpdateNotebookInstanceLifecycleConfigInput",
    "UpdateNotebookInstanceLifecycleConfigOutput",
    "UpdateNotebookInstanceOutput",
]
