# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListCodeRepositoriesInput as ListCodeRepositoriesInput
from smtyped._generated.shapes._l import ListCodeRepositoriesOutput as ListCodeRepositoriesOutput

__all__ = [
    "ListCodeRepositoriesInput",
    "ListCodeRepositoriesOutput",
]
