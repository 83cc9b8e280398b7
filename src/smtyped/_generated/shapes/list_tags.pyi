# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListTagsInput as ListTagsInput
from smtyped._generated.shapes._l import ListTagsOutput as ListTagsOutput

__all__ = [
    "ListTagsInput",
    "ListTagsOutput",
]
