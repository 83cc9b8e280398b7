# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class HubContentStatus(OpenEnum):
    AVAILABLE = "Available"
    IMPORTING = "Importing"
    DELETING = "Deleting"
    IMPORTFAILED = "ImportFailed"
    DELETEFAILED = "DeleteFailed"
    PENDINGIMPORT = "PendingImport"
    PENDINGDELETE = "PendingDelete"

HubContentStatusLiteral = Literal[
    "Available",
    "Importing",
    "Deleting",
    "ImportFailed",
    "DeleteFailed",
    "PendingImport",
    "PendingDelete",
]

class HubContentSupportStatus(OpenEnum):
    SUPPORTED = "Supported"
    DEPRECATED = "Deprecated"
    RESTRICTED = "Restricted"

HubContentSupportStatusLiteral = Literal[
    "Supported",
    "Deprecated",
    "Restricted",
]

class HubContentType(OpenEnum):
    MODEL = "Model"
    NOTEBOOK = "Notebook"
    MODELREFERENCE = "ModelReference"
    DATASET = "DataSet"
    JSONDOC = "JsonDoc"

HubContentTypeLiteral = Literal[
    "Model",
    "Notebook",
    "ModelReference",
    "DataSet",
    "JsonDoc",
]

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

class HyperParameterTuningAllocationStrategy(OpenEnum):
    PRIORITIZED = "Prioritized"

HyperParameterTuningAllocationStrategyLiteral = Literal["Prioritized",]

class HyperParameterTuningJobObjectiveType(OpenEnum):
    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

HyperParameterTuningJobObjectiveTypeLiteral = Literal[
    "Maximize",
    "Minimize",
]

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

class HyperParameterTuningJobWarmStartType(OpenEnum):
    IDENTICALDATAANDALGORITHM = "IdenticalDataAndAlgorithm"
    TRANSFERLEARNING = "TransferLearning"

HyperParameterTuningJobWarmStartTypeLiteral = Literal[
    "IdenticalDataAndAlgorithm",
    "TransferLearning",
]
