# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RStudioServerProAccessStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

RStudioServerProAccessStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_RStudioServerProAccessStatus(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral,
) -> RStudioServerProAccessStatus: ...
def as_RStudioServerProAccessStatus_opt(
    value: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None,
) -> RStudioServerProAccessStatus | None: ...

class RStudioServerProUserGroup(OpenEnum):
    R_STUDIO_ADMIN = "R_STUDIO_ADMIN"
    R_STUDIO_USER = "R_STUDIO_USER"

RStudioServerProUserGroupLiteral = Literal[
    "R_STUDIO_ADMIN",
    "R_STUDIO_USER",
]

def as_RStudioServerProUserGroup(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral,
) -> RStudioServerProUserGroup: ...
def as_RStudioServerProUserGroup_opt(
    value: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None,
) -> RStudioServerProUserGroup | None: ...

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

def as_RecommendationJobStatus(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral,
) -> RecommendationJobStatus: ...
def as_RecommendationJobStatus_opt(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral | None,
) -> RecommendationJobStatus | None: ...

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

def as_RecommendationStatus(value: RecommendationStatus | RecommendationStatusLiteral) -> RecommendationStatus: ...
def as_RecommendationStatus_opt(
    value: RecommendationStatus | RecommendationStatusLiteral | None,
) -> RecommendationStatus | None: ...

class RecommendationStepType(OpenEnum):
    BENCHMARK = "BENCHMARK"

RecommendationStepTypeLiteral = Literal["BENCHMARK",]

def as_RecommendationStepType(
    value: RecommendationStepType | RecommendationStepTypeLiteral,
) -> RecommendationStepType: ...
def as_RecommendationStepType_opt(
    value: RecommendationStepType | RecommendationStepTypeLiteral | None,
) -> RecommendationStepType | None: ...

class RecordWrapper(OpenEnum):
    NONE = "None"
    RECORDIO = "RecordIO"

RecordWrapperLiteral = Literal[
    "None",
    "RecordIO",
]

def as_RecordWrapper(value: RecordWrapper | RecordWrapperLiteral) -> RecordWrapper: ...
def as_RecordWrapper_opt(value: RecordWrapper | RecordWrapperLiteral | None) -> RecordWrapper | None: ...

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

def as_RedshiftResultCompressionType(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral,
) -> RedshiftResultCompressionType: ...
def as_RedshiftResultCompressionType_opt(
    value: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None,
) -> RedshiftResultCompressionType | None: ...

class RedshiftResultFormat(OpenEnum):
    PARQUET = "PARQUET"
    CSV = "CSV"

RedshiftResultFormatLiteral = Literal[
    "PARQUET",
    "CSV",
]

def as_RedshiftResultFormat(value: RedshiftResultFormat | RedshiftResultFormatLiteral) -> RedshiftResultFormat: ...
def as_RedshiftResultFormat_opt(
    value: RedshiftResultFormat | RedshiftResultFormatLiteral | None,
) -> RedshiftResultFormat | None: ...

class Relation(OpenEnum):
    EQUALTO = "EqualTo"
    GREATERTHANOREQUALTO = "GreaterThanOrEqualTo"

RelationLiteral = Literal[
    "EqualTo",
    "GreaterThanOrEqualTo",
]

def as_Relation(value: Relation | RelationLiteral) -> Relation: ...
def as_Relation_opt(value: Relation | RelationLiteral | None) -> Relation | None: ...

class RepositoryAccessMode(OpenEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

RepositoryAccessModeLiteral = Literal[
    "Platform",
    "Vpc",
]

def as_RepositoryAccessMode(value: RepositoryAccessMode | RepositoryAccessModeLiteral) -> RepositoryAccessMode: ...
def as_RepositoryAccessMode_opt(
    value: RepositoryAccessMode | RepositoryAccessModeLiteral | None,
) -> RepositoryAccessMode | None: ...

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

def as_ResourceType(value: ResourceType | ResourceTypeLiteral) -> ResourceType: ...
def as_ResourceType_opt(value: ResourceType | ResourceTypeLiteral | None) -> ResourceType | None: ...

class RootAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

RootAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_RootAccess(value: RootAccess | RootAccessLiteral) -> RootAccess: ...
def as_RootAccess_opt(value: RootAccess | RootAccessLiteral | None) -> RootAccess | None: ...

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

def as_RoutingStrategy(value: RoutingStrategy | RoutingStrategyLiteral) -> RoutingStrategy: ...
def as_RoutingStrategy_opt(value: RoutingStrategy | RoutingStrategyLiteral | None) -> RoutingStrategy | None: ...

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

def as_RuleEvaluationStatus(value: RuleEvaluationStatus | RuleEvaluationStatusLiteral) -> RuleEvaluationStatus: ...
def as_RuleEvaluationStatus_opt(
    value: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None,
) -> RuleEvaluationStatus | None: ...
