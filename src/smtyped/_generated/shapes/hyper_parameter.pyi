# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._h import HyperParameterAlgorithmSpecification as HyperParameterAlgorithmSpecification
from smtyped._generated.shapes._h import HyperParameterSpecification as HyperParameterSpecification
from smtyped._generated.shapes._h import HyperParameterTrainingJobDefinition as HyperParameterTrainingJobDefinition
from smtyped._generated.shapes._h import HyperParameterTrainingJobSummary as HyperParameterTrainingJobSummary
from smtyped._generated.shapes._h import HyperParameterTuningInstanceConfig as HyperParameterTuningInstanceConfig
from smtyped._generated.shapes._h import (
    HyperParameterTuningJobCompletionDetails as HyperParameterTuningJobCompletionDetails,
)
from smtyped._generated.shapes._h import HyperParameterTuningJobConfig as HyperParameterTuningJobConfig
from smtyped._generated.shapes._h import (
    HyperParameterTuningJobConsumedResources as HyperParameterTuningJobConsumedResources,
)
from smtyped._generated.shapes._h import HyperParameterTuningJobObjective as HyperParameterTuningJobObjective
from smtyped._generated.shapes._h import HyperParameterTuningJobSearchEntity as HyperParameterTuningJobSearchEntity
from smtyped._generated.shapes._h import HyperParameterTuningJobStrategyConfig as HyperParameterTuningJobStrategyConfig
from smtyped._generated.shapes._h import HyperParameterTuningJobSummary as HyperParameterTuningJobSummary
from smtyped._generated.shapes._h import (
    HyperParameterTuningJobWarmStartConfig as HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes._h import HyperParameterTuningResourceConfig as HyperParameterTuningResourceConfig

__all__ = [
    "HyperParameterAlgorithmSpecification",
    "HyperParameterSpecification",
    "HyperParameterTrainingJobDefinition",
    "HyperParameterTrainingJobSummary",
    "HyperParameterTuningInstanceConfig",
    "HyperParameterTuningJobCompletionDetails",
    "HyperParameterTuningJobConfig",
    "HyperParameterTuningJobConsumedResources",
    "HyperParameterTuningJobObjective",
    "HyperParameterTuningJobSearchEntity",
    "HyperParameterTuningJobStrategyConfig",
    "HyperParameterTuningJobSummary",
    "HyperParameterTuningJobWarmStartConfig",
    "HyperParameterTuningResourceConfig",
]
