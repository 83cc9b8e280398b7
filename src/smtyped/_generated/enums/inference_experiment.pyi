# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InferenceExperimentStatus as InferenceExperimentStatus
from smtyped._generated.enums._i import InferenceExperimentStatusLiteral as InferenceExperimentStatusLiteral
from smtyped._generated.enums._i import InferenceExperimentStopDesiredState as InferenceExperimentStopDesiredState
from smtyped._generated.enums._i import (
    InferenceExperimentStopDesiredStateLiteral as InferenceExperimentStopDesiredStateLiteral,
)
from smtyped._generated.enums._i import InferenceExperimentType as InferenceExperimentType
from smtyped._generated.enums._i import InferenceExperimentTypeLiteral as InferenceExperimentTypeLiteral
from smtyped._generated.enums._i import as_InferenceExperimentStatus as as_InferenceExperimentStatus
from smtyped._generated.enums._i import as_InferenceExperimentStatus_opt as as_InferenceExperimentStatus_opt
from smtyped._generated.enums._i import as_InferenceExperimentStopDesiredState as as_InferenceExperimentStopDesiredState
from smtyped._generated.enums._i import (
    as_InferenceExperimentStopDesiredState_opt as as_InferenceExperimentStopDesiredState_opt,
)
from smtyped._generated.enums._i import as_InferenceExperimentType as as_InferenceExperimentType
from smtyped._generated.enums._i import as_InferenceExperimentType_opt as as_InferenceExperimentType_opt

__all__ = [
    "InferenceExperimentStatus",
    "InferenceExperimentStatusLiteral",
    "InferenceExperimentStopDesiredState",
    "InferenceExperimentStopDesiredStateLiteral",
    "InferenceExperimentType",
    "InferenceExperimentTypeLiteral",
]
