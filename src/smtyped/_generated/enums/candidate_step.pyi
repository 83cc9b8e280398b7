# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CandidateStepType(OpenEnum):
    AWS_SAGEMAKER_TRAININGJOB = "AWS::SageMaker::TrainingJob"
    AWS_SAGEMAKER_TRANSFORMJOB = "AWS::SageMaker::TransformJob"
    AWS_SAGEMAKER_PROCESSINGJOB = "AWS::SageMaker::ProcessingJob"

CandidateStepTypeLiteral = Literal[
    "AWS::SageMaker::TrainingJob",
    "AWS::SageMaker::TransformJob",
    "AWS::SageMaker::ProcessingJob",
]

def as_CandidateStepType(value: CandidateStepType | CandidateStepTypeLiteral) -> CandidateStepType: ...
def as_CandidateStepType_opt(
    value: CandidateStepType | CandidateStepTypeLiteral | None,
) -> CandidateStepType | None: ...
