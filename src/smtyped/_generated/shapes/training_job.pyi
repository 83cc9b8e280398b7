# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import TrainingJob as TrainingJob
from smtyped._generated.shapes._t import TrainingJobDefinition as TrainingJobDefinition
from smtyped._generated.shapes._t import TrainingJobStatusCounters as TrainingJobStatusCounters
from smtyped._generated.shapes._t import TrainingJobStepMetadata as TrainingJobStepMetadata
from smtyped._generated.shapes._t import TrainingJobSummary as TrainingJobSummary

__all__ = [
    "TrainingJob",
    "TrainingJobDefinition",
    "TrainingJobStatusCounters",
    "TrainingJobStepMetadata",
    "TrainingJobSummary",
]
