# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import TransformJob as TransformJob
from smtyped._generated.shapes._t import TransformJobDefinition as TransformJobDefinition
from smtyped._generated.shapes._t import TransformJobStepMetadata as TransformJobStepMetadata
from smtyped._generated.shapes._t import TransformJobSummary as TransformJobSummary

__all__ = [
    "TransformJob",
    "TransformJobDefinition",
    "TransformJobStepMetadata",
    "TransformJobSummary",
]
