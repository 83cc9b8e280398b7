# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._p import PipelineExecution as PipelineExecution
from smtyped._generated.shapes._p import PipelineExecutionStep as PipelineExecutionStep
from smtyped._generated.shapes._p import PipelineExecutionStepMetadata as PipelineExecutionStepMetadata
from smtyped._generated.shapes._p import PipelineExecutionSummary as PipelineExecutionSummary

__all__ = [
    "PipelineExecution",
    "PipelineExecutionStep",
    "PipelineExecutionStepMetadata",
    "PipelineExecutionSummary",
]
