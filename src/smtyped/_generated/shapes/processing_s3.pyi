# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._p import ProcessingS3Input as ProcessingS3Input
from smtyped._generated.shapes._p import ProcessingS3Output as ProcessingS3Output

__all__ = [
    "ProcessingS3Input",
    "ProcessingS3Output",
]
