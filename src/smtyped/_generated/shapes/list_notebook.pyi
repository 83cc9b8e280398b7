# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import (
    ListNotebookInstanceLifecycleConfigsInput as ListNotebookInstanceLifecycleConfigsInput,
)
from smtyped._generated.shapes._l import (
    ListNotebookInstanceLifecycleConfigsOutput as ListNotebookInstanceLifecycleConfigsOutput,
)
from smtyped._generated.shapes._l import ListNotebookInstancesInput as ListNotebookInstancesInput
from smtyped._generated.shapes._l import ListNotebookInstancesOutput as ListNotebookInstancesOutput

__all__ = [
    "ListNotebookInstanceLifecycleConfigsInput",
    "ListNotebookInstanceLifecycleConfigsOutput",
    "ListNotebookInstancesInput",
    "ListNotebookInstancesOutput",
]
