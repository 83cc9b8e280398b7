# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateAlgorithmInput as CreateAlgorithmInput
from smtyped._generated.shapes._c import CreateAlgorithmOutput as CreateAlgorithmOutput

__all__ = [
    "CreateAlgorithmInput",
    "CreateAlgorithmOutput",
]
