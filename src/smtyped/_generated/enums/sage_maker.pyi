# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SageMakerImageName(OpenEnum):
    SAGEMAKER_DISTRIBUTION = "sagemaker_distribution"

SageMakerImageNameLiteral = Literal["sagemaker_distribution",]

def as_SageMakerImageName(value: SageMakerImageName | SageMakerImageNameLiteral) -> SageMakerImageName: ...
def as_SageMakerImageName_opt(
    value: SageMakerImageName | SageMakerImageNameLiteral | None,
) -> SageMakerImageName | None: ...

class SageMakerResourceName(OpenEnum):
    TRAINING_JOB = "training-job"
    HYPERPOD_CLUSTER = "hyperpod-cluster"
    ENDPOINT = "endpoint"
    STUDIO_APPS = "studio-apps"

SageMakerResourceNameLiteral = Literal[
    "training-job",
    "hyperpod-cluster",
    "endpoint",
    "studio-apps",
]

def as_SageMakerResourceName(value: SageMakerResourceName | SageMakerResourceNameLiteral) -> SageMakerResourceName: ...
def as_SageMakerResourceName_opt(
    value: SageMakerResourceName | SageMakerResourceNameLiteral | None,
) -> SageMakerResourceName | None: ...
