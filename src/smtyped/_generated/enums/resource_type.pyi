# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

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
    PIPELINEVERSION = "PipelineVersion"
    JOB = "Job"

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
    "PipelineVersion",
    "Job",
]

def as_ResourceType(value: ResourceType | ResourceTypeLiteral) -> ResourceType: ...
def as_ResourceType_opt(value: ResourceType | ResourceTypeLiteral | None) -> ResourceType | None: ...
