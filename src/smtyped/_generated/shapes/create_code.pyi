# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateCodeRepositoryInput as CreateCodeRepositoryInput
from smtyped._generated.shapes._c import CreateCodeRepositoryOutput as CreateCodeRepositoryOutput

__all__ = [
    "CreateCodeRepositoryInput",
    "CreateCodeRepositoryOutput",
]
