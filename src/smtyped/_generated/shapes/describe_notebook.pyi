# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeNotebookInstanceInput as DescribeNotebookInstanceInput
from smtyped._generated.shapes._d import (
    DescribeNotebookInstanceLifecycleConfigInput as DescribeNotebookInstanceLifecycleConfigInput,
)
from smtyped._generated.shapes._d import (
    DescribeNotebookInstanceLifecycleConfigOutput as DescribeNotebookInstanceLifecycleConfigOutput,
)
from smtyped._generated.shapes._d import DescribeNotebookInstanceOutput as DescribeNotebookInstanceOutput

__all__ = [
    "DescribeNotebookInstanceInput",
    "DescribeNotebookInstanceLifecycleConfigInput",
    "DescribeNotebookInstanceLifecycleConfigOutput",
    "DescribeNotebookInstanceOutput",
]
