# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AutoMLAlgorithm(OpenEnum):
    XGBOOST = "xgboost"
    LINEAR_LEARNER = "linear-learner"
    MLP = "mlp"
    LIGHTGBM = "lightgbm"
    CATBOOST = "catboost"
    RANDOMFOREST = "randomforest"
    EXTRA_TREES = "extra-trees"
    NN_TORCH = "nn-torch"
    FASTAI = "fastai"
    CNN_QR = "cnn-qr"
    DEEPAR = "deepar"
    PROPHET = "prophet"
    NPTS = "npts"
    ARIMA = "arima"
    ETS = "ets"

AutoMLAlgorithmLiteral = Literal[
    "xgboost",
    "linear-learner",
    "mlp",
    "lightgbm",
    "catboost",
    "randomforest",
    "extra-trees",
    "nn-torch",
    "fastai",
    "cnn-qr",
    "deepar",
    "prophet",
    "npts",
    "arima",
    "ets",
]

def as_AutoMLAlgorithm(value: AutoMLAlgorithm | AutoMLAlgorithmLiteral) -> AutoMLAlgorithm: ...
def as_AutoMLAlgorithm_opt(value: AutoMLAlgorithm | AutoMLAlgorithmLiteral | None) -> AutoMLAlgorithm | None: ...

class AutoMLChannelType(OpenEnum):
    TRAINING = "training"
    VALIDATION = "validation"

AutoMLChannelTypeLiteral = Literal[
    "training",
    "validation",
]

def as_AutoMLChannelType(value: AutoMLChannelType | AutoMLChannelTypeLiteral) -> AutoMLChannelType: ...
def as_AutoMLChannelType_opt(
    value: AutoMLChannelType | AutoMLChannelTypeLiteral | None,
) -> AutoMLChannelType | None: ...

class AutoMLJobObjectiveType(OpenEnum):
    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

AutoMLJobObjectiveTypeLiteral = Literal[
    "Maximize",
    "Minimize",
]

def as_AutoMLJobObjectiveType(
    value: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral,
) -> AutoMLJobObjectiveType: ...
def as_AutoMLJobObjectiveType_opt(
    value: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral | None,
) -> AutoMLJobObjectiveType | None: ...

class AutoMLJobSecondaryStatus(OpenEnum):
    STARTING = "Starting"
    MAXCANDIDATESREACHED = "MaxCandidatesReached"
    FAILED = "Failed"
    STOPPED = "Stopped"
    MAXAUTOMLJOBRUNTIMEREACHED = "MaxAutoMLJobRuntimeReached"
    STOPPING = "Stopping"
    CANDIDATEDEFINITIONSGENERATED = "CandidateDefinitionsGenerated"
    COMPLETED = "Completed"
    EXPLAINABILITYERROR = "ExplainabilityError"
    DEPLOYINGMODEL = "DeployingModel"
    MODELDEPLOYMENTERROR = "ModelDeploymentError"
    GENERATINGMODELINSIGHTSREPORT = "GeneratingModelInsightsReport"
    MODELINSIGHTSERROR = "ModelInsightsError"
    ANALYZINGDATA = "AnalyzingData"
    FEATUREENGINEERING = "FeatureEngineering"
    MODELTUNING = "ModelTuning"
    GENERATINGEXPLAINABILITYREPORT = "GeneratingExplainabilityReport"
    TRAININGMODELS = "TrainingModels"
    PRETRAINING = "PreTraining"

AutoMLJobSecondaryStatusLiteral = Literal[
    "Starting",
    "MaxCandidatesReached",
    "Failed",
    "Stopped",
    "MaxAutoMLJobRuntimeReached",
    "Stopping",
    "CandidateDefinitionsGenerated",
    "Completed",
    "ExplainabilityError",
    "DeployingModel",
    "ModelDeploymentError",
    "GeneratingModelInsightsReport",
    "ModelInsightsError",
    "AnalyzingData",
    "FeatureEngineering",
    "ModelTuning",
    "GeneratingExplainabilityReport",
    "TrainingModels",
    "PreTraining",
]

def as_AutoMLJobSecondaryStatus(
    value: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral,
) -> AutoMLJobSecondaryStatus: ...
def as_AutoMLJobSecondaryStatus_opt(
    value: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None,
) -> AutoMLJobSecondaryStatus | None: ...

class AutoMLJobStatus(OpenEnum):
    COMPLETED = "Completed"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

AutoMLJobStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
]

def as_AutoMLJobStatus(value: AutoMLJobStatus | AutoMLJobStatusLiteral) -> AutoMLJobStatus: ...
def as_AutoMLJobStatus_opt(value: AutoMLJobStatus | AutoMLJobStatusLiteral | None) -> AutoMLJobStatus | None: ...

class AutoMLMetricEnum(OpenEnum):
    ACCURACY = "Accuracy"
    MSE = "MSE"
    F1 = "F1"
    F1MACRO = "F1macro"
    AUC = "AUC"
    RMSE = "RMSE"
    BALANCEDACCURACY = "BalancedAccuracy"
    R2 = "R2"
    RECALL = "Recall"
    RECALLMACRO = "RecallMacro"
    PRECISION = "Precision"
    PRECISIONMACRO = "PrecisionMacro"
    MAE = "MAE"
    MAPE = "MAPE"
    MASE = "MASE"
    WAPE = "WAPE"
    AVERAGEWEIGHTEDQUANTILELOSS = "AverageWeightedQuantileLoss"

AutoMLMetricEnumLiteral = Literal[
    "Accuracy",
    "MSE",
    "F1",
    "F1macro",
    "AUC",
    "RMSE",
    "BalancedAccuracy",
    "R2",
    "Recall",
    "RecallMacro",
    "Precision",
    "PrecisionMacro",
    "MAE",
    "MAPE",
    "MASE",
    "WAPE",
    "AverageWeightedQuantileLoss",
]

def as_AutoMLMetricEnum(value: AutoMLMetricEnum | AutoMLMetricEnumLiteral) -> AutoMLMetricEnum: ...
def as_AutoMLMetricEnum_opt(value: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None) -> AutoMLMetricEnum | None: ...

class AutoMLMetricExtendedEnum(OpenEnum):
    ACCURACY = "Accuracy"
    MSE = "MSE"
    F1 = "F1"
    F1MACRO = "F1macro"
    AUC = "AUC"
    RMSE = "RMSE"
    MAE = "MAE"
    R2 = "R2"
    BALANCEDACCURACY = "BalancedAccuracy"
    PRECISION = "Precision"
    PRECISIONMACRO = "PrecisionMacro"
    RECALL = "Recall"
    RECALLMACRO = "RecallMacro"
    LOGLOSS = "LogLoss"
    INFERENCELATENCY = "InferenceLatency"
    MAPE = "MAPE"
    MASE = "MASE"
    WAPE = "WAPE"
    AVERAGEWEIGHTEDQUANTILELOSS = "AverageWeightedQuantileLoss"
    ROUGE1 = "Rouge1"
    ROUGE2 = "Rouge2"
    ROUGEL = "RougeL"
    ROUGELSUM = "RougeLSum"
    PERPLEXITY = "Perplexity"
    VALIDATIONLOSS = "ValidationLoss"
    TRAININGLOSS = "TrainingLoss"

AutoMLMetricExtendedEnumLiteral = Literal[
    "Accuracy",
    "MSE",
    "F1",
    "F1macro",
    "AUC",
    "RMSE",
    "MAE",
    "R2",
    "BalancedAccuracy",
    "Precision",
    "PrecisionMacro",
    "Recall",
    "RecallMacro",
    "LogLoss",
    "InferenceLatency",
    "MAPE",
    "MASE",
    "WAPE",
    "AverageWeightedQuantileLoss",
    "Rouge1",
    "Rouge2",
    "RougeL",
    "RougeLSum",
    "Perplexity",
    "ValidationLoss",
    "TrainingLoss",
]

def as_AutoMLMetricExtendedEnum(
    value: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral,
) -> AutoMLMetricExtendedEnum: ...
def as_AutoMLMetricExtendedEnum_opt(
    value: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral | None,
) -> AutoMLMetricExtendedEnum | None: ...

class AutoMLMode(OpenEnum):
    AUTO = "AUTO"
    ENSEMBLING = "ENSEMBLING"
    HYPERPARAMETER_TUNING = "HYPERPARAMETER_TUNING"

AutoMLModeLiteral = Literal[
    "AUTO",
    "ENSEMBLING",
    "HYPERPARAMETER_TUNING",
]

def as_AutoMLMode(value: AutoMLMode | AutoMLModeLiteral) -> AutoMLMode: ...
def as_AutoMLMode_opt(value: AutoMLMode | AutoMLModeLiteral | None) -> AutoMLMode | None: ...

class AutoMLProblemTypeConfigName(OpenEnum):
    IMAGECLASSIFICATION = "ImageClassification"
    TEXTCLASSIFICATION = "TextClassification"
    TIMESERIESFORECASTING = "TimeSeriesForecasting"
    TABULAR = "Tabular"
    TEXTGENERATION = "TextGeneration"

AutoMLProblemTypeConfigNameLiteral = Literal[
    "ImageClassification",
    "TextClassification",
    "TimeSeriesForecasting",
    "Tabular",
    "TextGeneration",
]

def as_AutoMLProblemTypeConfigName(
    value: AutoMLProblemTypeConfigName | AutoMLProblemTypeConfigNameLiteral,
) -> AutoMLProblemTypeConfigName: ...
def as_AutoMLProblemTypeConfigName_opt(
    value: AutoMLProblemTypeConfigName | AutoMLProblemTypeConfigNameLiteral | None,
) -> AutoMLProblemTypeConfigName | None: ...

class AutoMLProcessingUnit(OpenEnum):
    CPU = "CPU"
    GPU = "GPU"

AutoMLProcessingUnitLiteral = Literal[
    "CPU",
    "GPU",
]

def as_AutoMLProcessingUnit(value: AutoMLProcessingUnit | AutoMLProcessingUnitLiteral) -> AutoMLProcessingUnit: ...
def as_AutoMLProcessingUnit_opt(
    value: AutoMLProcessingUnit | AutoMLProcessingUnitLiteral | None,
) -> AutoMLProcessingUnit | None: ...

class AutoMLSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

AutoMLSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_AutoMLSortBy(value: AutoMLSortBy | AutoMLSortByLiteral) -> AutoMLSortBy: ...
def as_AutoMLSortBy_opt(value: AutoMLSortBy | AutoMLSortByLiteral | None) -> AutoMLSortBy | None: ...

class AutoMLSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

AutoMLSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_AutoMLSortOrder(value: AutoMLSortOrder | AutoMLSortOrderLiteral) -> AutoMLSortOrder: ...
def as_AutoMLSortOrder_opt(value: AutoMLSortOrder | AutoMLSortOrderLiteral | None) -> AutoMLSortOrder | None: ...
