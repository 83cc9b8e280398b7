# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ActionStatus(OpenEnum):
    UNKNOWN = "Unknown"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ActionStatusLiteral = Literal[
    "Unknown",
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ActionStatus(value: ActionStatus | ActionStatusLiteral) -> ActionStatus: ...
def as_ActionStatus_opt(value: ActionStatus | ActionStatusLiteral | None) -> ActionStatus | None: ...

class AdditionalS3DataSourceDataType(OpenEnum):
    S3OBJECT = "S3Object"
    S3PREFIX = "S3Prefix"

AdditionalS3DataSourceDataTypeLiteral = Literal[
    "S3Object",
    "S3Prefix",
]

def as_AdditionalS3DataSourceDataType(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral,
) -> AdditionalS3DataSourceDataType: ...
def as_AdditionalS3DataSourceDataType_opt(
    value: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral | None,
) -> AdditionalS3DataSourceDataType | None: ...

class AlgorithmStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"

AlgorithmStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
]

def as_AlgorithmStatus(value: AlgorithmStatus | AlgorithmStatusLiteral) -> AlgorithmStatus: ...
def as_AlgorithmStatus_opt(value: AlgorithmStatus | AlgorithmStatusLiteral | None) -> AlgorithmStatus | None: ...

class AppInstanceType(OpenEnum):
    SYSTEM = "system"
    ML_T3_MICRO = "ml.t3.micro"
    ML_T3_SMALL = "ml.t3.small"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_8XLARGE = "ml.m5.8xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_16XLARGE = "ml.m5.16xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_M5D_LARGE = "ml.m5d.large"
    ML_M5D_XLARGE = "ml.m5d.xlarge"
    ML_M5D_2XLARGE = "ml.m5d.2xlarge"
    ML_M5D_4XLARGE = "ml.m5d.4xlarge"
    ML_M5D_8XLARGE = "ml.m5d.8xlarge"
    ML_M5D_12XLARGE = "ml.m5d.12xlarge"
    ML_M5D_16XLARGE = "ml.m5d.16xlarge"
    ML_M5D_24XLARGE = "ml.m5d.24xlarge"
    ML_C5_LARGE = "ml.c5.large"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_12XLARGE = "ml.c5.12xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5_24XLARGE = "ml.c5.24xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P3DN_24XLARGE = "ml.p3dn.24xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_R5_LARGE = "ml.r5.large"
    ML_R5_XLARGE = "ml.r5.xlarge"
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    ML_R5_8XLARGE = "ml.r5.8xlarge"
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    ML_R5_16XLARGE = "ml.r5.16xlarge"
    ML_R5_24XLARGE = "ml.r5.24xlarge"

AppInstanceTypeLiteral = Literal[
    "system",
    "ml.t3.micro",
    "ml.t3.small",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.8xlarge",
    "ml.m5.12xlarge",
    "ml.m5.16xlarge",
    "ml.m5.24xlarge",
    "ml.m5d.large",
    "ml.m5d.xlarge",
    "ml.m5d.2xlarge",
    "ml.m5d.4xlarge",
    "ml.m5d.8xlarge",
    "ml.m5d.12xlarge",
    "ml.m5d.16xlarge",
    "ml.m5d.24xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.12xlarge",
    "ml.c5.18xlarge",
    "ml.c5.24xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p3dn.24xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.8xlarge",
    "ml.r5.12xlarge",
    "ml.r5.16xlarge",
    "ml.r5.24xlarge",
]

def as_AppInstanceType(value: AppInstanceType | AppInstanceTypeLiteral) -> AppInstanceType: ...
def as_AppInstanceType_opt(value: AppInstanceType | AppInstanceTypeLiteral | None) -> AppInstanceType | None: ...

class AppNetworkAccessType(OpenEnum):
    PUBLICINTERNETONLY = "PublicInternetOnly"
    VPCONLY = "VpcOnly"

AppNetworkAccessTypeLiteral = Literal[
    "PublicInternetOnly",
    "VpcOnly",
]

def as_AppNetworkAccessType(value: AppNetworkAccessType | AppNetworkAccessTypeLiteral) -> AppNetworkAccessType: ...
def as_AppNetworkAccessType_opt(
    value: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None,
) -> AppNetworkAccessType | None: ...

class AppSecurityGroupManagement(OpenEnum):
    SERVICE = "Service"
    CUSTOMER = "Customer"

AppSecurityGroupManagementLiteral = Literal[
    "Service",
    "Customer",
]

def as_AppSecurityGroupManagement(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral,
) -> AppSecurityGroupManagement: ...
def as_AppSecurityGroupManagement_opt(
    value: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None,
) -> AppSecurityGroupManagement | None: ...

class AppSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"

AppSortKeyLiteral = Literal["CreationTime",]

def as_AppSortKey(value: AppSortKey | AppSortKeyLiteral) -> AppSortKey: ...
def as_AppSortKey_opt(value: AppSortKey | AppSortKeyLiteral | None) -> AppSortKey | None: ...

class AppStatus(OpenEnum):
    DELETED = "Deleted"
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"

AppStatusLiteral = Literal[
    "Deleted",
    "Deleting",
    "Failed",
    "InService",
    "Pending",
]

def as_AppStatus(value: AppStatus | AppStatusLiteral) -> AppStatus: ...
def as_AppStatus_opt(value: AppStatus | AppStatusLiteral | None) -> AppStatus | None: ...

class AppType(OpenEnum):
    JUPYTERSERVER = "JupyterServer"
    KERNELGATEWAY = "KernelGateway"
    TENSORBOARD = "TensorBoard"
    RSTUDIOSERVERPRO = "RStudioServerPro"
    RSESSIONGATEWAY = "RSessionGateway"

AppTypeLiteral = Literal[
    "JupyterServer",
    "KernelGateway",
    "TensorBoard",
    "RStudioServerPro",
    "RSessionGateway",
]

def as_AppType(value: AppType | AppTypeLiteral) -> AppType: ...
def as_AppType_opt(value: AppType | AppTypeLiteral | None) -> AppType | None: ...

class ArtifactSourceIdType(OpenEnum):
    MD5HASH = "MD5Hash"
    S3ETAG = "S3ETag"
    S3VERSION = "S3Version"
    CUSTOM = "Custom"

ArtifactSourceIdTypeLiteral = Literal[
    "MD5Hash",
    "S3ETag",
    "S3Version",
    "Custom",
]

def as_ArtifactSourceIdType(value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral) -> ArtifactSourceIdType: ...
def as_ArtifactSourceIdType_opt(
    value: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral | None,
) -> ArtifactSourceIdType | None: ...

class AssemblyType(OpenEnum):
    NONE = "None"
    LINE = "Line"

AssemblyTypeLiteral = Literal[
    "None",
    "Line",
]

def as_AssemblyType(value: AssemblyType | AssemblyTypeLiteral) -> AssemblyType: ...
def as_AssemblyType_opt(value: AssemblyType | AssemblyTypeLiteral | None) -> AssemblyType | None: ...

class AssociationEdgeType(OpenEnum):
    CONTRIBUTEDTO = "ContributedTo"
    ASSOCIATEDWITH = "AssociatedWith"
    DERIVEDFROM = "DerivedFrom"
    PRODUCED = "Produced"

AssociationEdgeTypeLiteral = Literal[
    "ContributedTo",
    "AssociatedWith",
    "DerivedFrom",
    "Produced",
]

def as_AssociationEdgeType(value: AssociationEdgeType | AssociationEdgeTypeLiteral) -> AssociationEdgeType: ...
def as_AssociationEdgeType_opt(
    value: AssociationEdgeType | AssociationEdgeTypeLiteral | None,
) -> AssociationEdgeType | None: ...

class AthenaResultCompressionType(OpenEnum):
    GZIP = "GZIP"
    SNAPPY = "SNAPPY"
    ZLIB = "ZLIB"

AthenaResultCompressionTypeLiteral = Literal[
    "GZIP",
    "SNAPPY",
    "ZLIB",
]

def as_AthenaResultCompressionType(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral,
) -> AthenaResultCompressionType: ...
def as_AthenaResultCompressionType_opt(
    value: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None,
) -> AthenaResultCompressionType | None: ...

class AthenaResultFormat(OpenEnum):
    PARQUET = "PARQUET"
    ORC = "ORC"
    AVRO = "AVRO"
    JSON = "JSON"
    TEXTFILE = "TEXTFILE"

AthenaResultFormatLiteral = Literal[
    "PARQUET",
    "ORC",
    "AVRO",
    "JSON",
    "TEXTFILE",
]

def as_AthenaResultFormat(value: AthenaResultFormat | AthenaResultFormatLiteral) -> AthenaResultFormat: ...
def as_AthenaResultFormat_opt(
    value: AthenaResultFormat | AthenaResultFormatLiteral | None,
) -> AthenaResultFormat | None: ...

class AuthMode(OpenEnum):
    SSO = "SSO"
    IAM = "IAM"

AuthModeLiteral = Literal[
    "SSO",
    "IAM",
]

def as_AuthMode(value: AuthMode | AuthModeLiteral) -> AuthMode: ...
def as_AuthMode_opt(value: AuthMode | AuthModeLiteral | None) -> AuthMode | None: ...

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
    ANALYZINGDATA = "AnalyzingData"
    FEATUREENGINEERING = "FeatureEngineering"
    MODELTUNING = "ModelTuning"
    MAXCANDIDATESREACHED = "MaxCandidatesReached"
    FAILED = "Failed"
    STOPPED = "Stopped"
    MAXAUTOMLJOBRUNTIMEREACHED = "MaxAutoMLJobRuntimeReached"
    STOPPING = "Stopping"
    CANDIDATEDEFINITIONSGENERATED = "CandidateDefinitionsGenerated"
    GENERATINGEXPLAINABILITYREPORT = "GeneratingExplainabilityReport"
    COMPLETED = "Completed"
    EXPLAINABILITYERROR = "ExplainabilityError"
    DEPLOYINGMODEL = "DeployingModel"
    MODELDEPLOYMENTERROR = "ModelDeploymentError"
    GENERATINGMODELINSIGHTSREPORT = "GeneratingModelInsightsReport"
    MODELINSIGHTSERROR = "ModelInsightsError"

AutoMLJobSecondaryStatusLiteral = Literal[
    "Starting",
    "AnalyzingData",
    "FeatureEngineering",
    "ModelTuning",
    "MaxCandidatesReached",
    "Failed",
    "Stopped",
    "MaxAutoMLJobRuntimeReached",
    "Stopping",
    "CandidateDefinitionsGenerated",
    "GeneratingExplainabilityReport",
    "Completed",
    "ExplainabilityError",
    "DeployingModel",
    "ModelDeploymentError",
    "GeneratingModelInsightsReport",
    "ModelInsightsError",
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

AutoMLMetricEnumLiteral = Literal[
    "Accuracy",
    "MSE",
    "F1",
    "F1macro",
    "AUC",
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

class AutoMLS3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"

AutoMLS3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
]

def as_AutoMLS3DataType(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral) -> AutoMLS3DataType: ...
def as_AutoMLS3DataType_opt(value: AutoMLS3DataType | AutoMLS3DataTypeLiteral | None) -> AutoMLS3DataType | None: ...

class AutoMLSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

AutoMLSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_AutoMLSortOrder(value: AutoMLSortOrder | AutoMLSortOrderLiteral) -> AutoMLSortOrder: ...
def as_AutoMLSortOrder_opt(value: AutoMLSortOrder | AutoMLSortOrderLiteral | None) -> AutoMLSortOrder | None: ...
