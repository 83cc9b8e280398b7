# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class RStudioServerProAccessStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

RStudioServerProAccessStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

class RStudioServerProUserGroup(OpenEnum):
    R_STUDIO_ADMIN = "R_STUDIO_ADMIN"
    R_STUDIO_USER = "R_STUDIO_USER"

RStudioServerProUserGroupLiteral = Literal[
    "R_STUDIO_ADMIN",
    "R_STUDIO_USER",
]

class RecommendationJobStatus(OpenEnum):
    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

RecommendationJobStatusLiteral = Literal[
    "PENDING",
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

class RecommendationStatus(OpenEnum):
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_APPLICABLE = "NOT_APPLICABLE"

RecommendationStatusLiteral = Literal[
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "NOT_APPLICABLE",
]

class RecommendationStepType(OpenEnum):
    BENCHMARK = "BENCHMARK"

RecommendationStepTypeLiteral = Literal["BENCHMARK",]

class RecordWrapper(OpenEnum):
    NONE = "None"
    RECORDIO = "RecordIO"

RecordWrapperLiteral = Literal[
    "None",
    "RecordIO",
]

class RedshiftResultCompressionType(OpenEnum):
    NONE = "None"
    GZIP = "GZIP"
    BZIP2 = "BZIP2"
    ZSTD = "ZSTD"
    SNAPPY = "SNAPPY"

RedshiftResultCompressionTypeLiteral = Literal[
    "None",
    "GZIP",
    "BZIP2",
    "ZSTD",
    "SNAPPY",
]

class RedshiftResultFormat(OpenEnum):
    PARQUET = "PARQUET"
    CSV = "CSV"

RedshiftResultFormatLiteral = Literal[
    "PARQUET",
    "CSV",
]

class Relation(OpenEnum):
    EQUALTO = "EqualTo"
    GREATERTHANOREQUALTO = "GreaterThanOrEqualTo"

RelationLiteral = Literal[
    "EqualTo",
    "GreaterThanOrEqualTo",
]

class RepositoryAccessMode(OpenEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

RepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

class ResourceType(OpenEnum):
    TRAININGJOB = "TrainingJob"
    EXPERIMENT = "Experiment"
    EXPERIMENTTRIAL = "ExperimentTrial"
    EXPERIMENTTRIALCOMPONENT = "ExperimentTrialComponent"
    ENDPOINT = "Endpoint"
    MODEL = "Model"
    MODELPACKAGE = "ModelPackage"
    MODELPACKAGEGROUP = "ModelPackageGroup"
    PIPELINE = "Pipeline"
    PIPELINEEXECUTION = "PipelineExecution"
    FEATUREGROUP = "FeatureGroup"
    FEATUREMETADATA = "FeatureMetadata"
    IMAGE = "Image"
    IMAGEVERSION = "ImageVersion"
    PROJECT = "Project"
    HYPERPARAMETERTUNINGJOB = "HyperParameterTuningJob"
    MODELCARD = "ModelCard"

ResourceTypeLiteral = Literal[
    "TrainingJob",
    "Experiment",
    "ExperimentTrial",
    "ExperimentTrialComponent",
    "Endpoint",
    "Model",
    "ModelPackage",
    "ModelPackageGroup",
    "Pipeline",
    "PipelineExecution",
    "FeatureGroup",
    "FeatureMetadata",
    "Image",
    "ImageVersion",
    "Project",
    "HyperParameterTuningJob",
    "ModelCard",
]

class RootAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

RootAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

class RoutingStrategy(OpenEnum):
    LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS"
    RANDOM = "RANDOM"
    PREFIX_AWARE = "PREFIX_AWARE"
    KV_AWARE = "KV_AWARE"

RoutingStrategyLiteral = Literal[
    "LEAST_OUTSTANDING_REQUESTS",
    "RANDOM",
    "PREFIX_AWARE",
    "KV_AWARE",
]

class RuleEvaluationStatus(OpenEnum):
    INPROGRESS = "InProgress"
    NOISSUESFOUND = "NoIssuesFound"
    ISSUESFOUND = "IssuesFound"
    ERROR = "Error"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

RuleEvaluationStatusLiteral = Literal[
    "InProgress",
    "NoIssuesFound",
    "IssuesFound",
    "Error",
    "Stopping",
    "Stopped",
]
