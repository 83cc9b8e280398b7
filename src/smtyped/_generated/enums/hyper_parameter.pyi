# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HyperParameterScalingType(OpenEnum):
    AUTO = "Auto"
    LINEAR = "Linear"
    LOGARITHMIC = "Logarithmic"
    REVERSELOGARITHMIC = "ReverseLogarithmic"

HyperParameterScalingTypeLiteral = Literal[
    "Auto",
    "Linear",
    "Logarithmic",
    "ReverseLogarithmic",
]

def as_HyperParameterScalingType(
    value: HyperParameterScalingType | HyperParameterScalingTypeLiteral,
) -> HyperParameterScalingType: ...
def as_HyperParameterScalingType_opt(
    value: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None,
) -> HyperParameterScalingType | None: ...

class HyperParameterTuningAllocationStrategy(OpenEnum):
    PRIORITIZED = "Prioritized"

HyperParameterTuningAllocationStrategyLiteral = Literal["Prioritized",]

def as_HyperParameterTuningAllocationStrategy(
    value: HyperParameterTuningAllocationStrategy | HyperParameterTuningAllocationStrategyLiteral,
) -> HyperParameterTuningAllocationStrategy: ...
def as_HyperParameterTuningAllocationStrategy_opt(
    value: HyperParameterTuningAllocationStrategy | HyperParameterTuningAllocationStrategyLiteral | None,
) -> HyperParameterTuningAllocationStrategy | None: ...

class HyperParameterTuningJobObjectiveType(OpenEnum):
    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

HyperParameterTuningJobObjectiveTypeLiteral = Literal[
    "Maximize",
    "Minimize",
]

def as_HyperParameterTuningJobObjectiveType(
    value: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral,
) -> HyperParameterTuningJobObjectiveType: ...
def as_HyperParameterTuningJobObjectiveType_opt(
    value: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral | None,
) -> HyperParameterTuningJobObjectiveType | None: ...

class HyperParameterTuningJobSortByOptions(OpenEnum):
    NAME = "Name"
    STATUS = "Status"
    CREATIONTIME = "CreationTime"

HyperParameterTuningJobSortByOptionsLiteral = Literal[
    "Name",
    "Status",
    "CreationTime",
]

def as_HyperParameterTuningJobSortByOptions(
    value: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral,
) -> HyperParameterTuningJobSortByOptions: ...
def as_HyperParameterTuningJobSortByOptions_opt(
    value: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral | None,
) -> HyperParameterTuningJobSortByOptions | None: ...

class HyperParameterTuningJobStatus(OpenEnum):
    COMPLETED = "Completed"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

HyperParameterTuningJobStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
    "Deleting",
    "DeleteFailed",
]

def as_HyperParameterTuningJobStatus(
    value: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral,
) -> HyperParameterTuningJobStatus: ...
def as_HyperParameterTuningJobStatus_opt(
    value: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral | None,
) -> HyperParameterTuningJobStatus | None: ...

class HyperParameterTuningJobStrategyType(OpenEnum):
    BAYESIAN = "Bayesian"
    RANDOM = "Random"
    HYPERBAND = "Hyperband"
    GRID = "Grid"

HyperParameterTuningJobStrategyTypeLiteral = Literal[
    "Bayesian",
    "Random",
    "Hyperband",
    "Grid",
]

def as_HyperParameterTuningJobStrategyType(
    value: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral,
) -> HyperParameterTuningJobStrategyType: ...
def as_HyperParameterTuningJobStrategyType_opt(
    value: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral | None,
) -> HyperParameterTuningJobStrategyType | None: ...

class HyperParameterTuningJobWarmStartType(OpenEnum):
    IDENTICALDATAANDALGORITHM = "IdenticalDataAndAlgorithm"
    TRANSFERLEARNING = "TransferLearning"

HyperParameterTuningJobWarmStartTypeLiteral = Literal[
    "IdenticalDataAndAlgorithm",
    "TransferLearning",
]

def as_HyperParameterTuningJobWarmStartType(
    value: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral,
) -> HyperParameterTuningJobWarmStartType: ...
def as_HyperParameterTuningJobWarmStartType_opt(
    value: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral | None,
) -> HyperParameterTuningJobWarmStartType | None: ...
