# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class InferenceExperimentStatus(OpenEnum):
    CREATING = "Creating"
    CREATED = "Created"
    UPDATING = "Updating"
    RUNNING = "Running"
    STARTING = "Starting"
    STOPPING = "Stopping"
    COMPLETED = "Completed"
    CANCELLED = "Cancelled"

InferenceExperimentStatusLiteral = Literal[
    "Creating",
    "Created",
    "Updating",
    "Running",
    "Starting",
    "Stopping",
    "Completed",
    "Cancelled",
]

def as_InferenceExperimentStatus(
    value: InferenceExperimentStatus | InferenceExperimentStatusLiteral,
) -> InferenceExperimentStatus: ...
def as_InferenceExperimentStatus_opt(
    value: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None,
) -> InferenceExperimentStatus | None: ...

class InferenceExperimentStopDesiredState(OpenEnum):
    COMPLETED = "Completed"
    CANCELLED = "Cancelled"

InferenceExperimentStopDesiredStateLiteral = Literal[
    "Completed",
    "Cancelled",
]

def as_InferenceExperimentStopDesiredState(
    value: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral,
) -> InferenceExperimentStopDesiredState: ...
def as_InferenceExperimentStopDesiredState_opt(
    value: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral | None,
) -> InferenceExperimentStopDesiredState | None: ...

class InferenceExperimentType(OpenEnum):
    SHADOWMODE = "ShadowMode"

InferenceExperimentTypeLiteral = Literal["ShadowMode",]

def as_InferenceExperimentType(
    value: InferenceExperimentType | InferenceExperimentTypeLiteral,
) -> InferenceExperimentType: ...
def as_InferenceExperimentType_opt(
    value: InferenceExperimentType | InferenceExperimentTypeLiteral | None,
) -> InferenceExperimentType | None: ...
