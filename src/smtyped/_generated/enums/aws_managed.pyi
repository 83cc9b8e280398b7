# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AwsManagedHumanLoopRequestSource(OpenEnum):
    AWS_REKOGNITION_DETECTMODERATIONLABELS_IMAGE_V3 = "AWS/Rekognition/DetectModerationLabels/Image/V3"
    AWS_TEXTRACT_ANALYZEDOCUMENT_FORMS_V1 = "AWS/Textract/AnalyzeDocument/Forms/V1"
    AWS_TEXTRACT_ANALYZEEXPENSE = "AWS/Textract/AnalyzeExpense"
    AWS_HANDSHAKE_VERIFYIDENTITY = "AWS/Handshake/VerifyIdentity"
    AWS_BEDROCK_MODELEVALUATION = "AWS/Bedrock/ModelEvaluation"

AwsManagedHumanLoopRequestSourceLiteral = Literal[
    "AWS/Rekognition/DetectModerationLabels/Image/V3",
    "AWS/Textract/AnalyzeDocument/Forms/V1",
    "AWS/Textract/AnalyzeExpense",
    "AWS/Handshake/VerifyIdentity",
    "AWS/Bedrock/ModelEvaluation",
]

def as_AwsManagedHumanLoopRequestSource(
    value: AwsManagedHumanLoopRequestSource | AwsManagedHumanLoopRequestSourceLiteral,
) -> AwsManagedHumanLoopRequestSource: ...
def as_AwsManagedHumanLoopRequestSource_opt(
    value: AwsManagedHumanLoopRequestSource | AwsManagedHumanLoopRequestSourceLiteral | None,
) -> AwsManagedHumanLoopRequestSource | None: ...
